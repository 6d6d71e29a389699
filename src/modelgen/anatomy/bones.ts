import type { Layout } from '../layout';
import type { Structure } from '../structure';
import { builders, structure } from '../structure';

/**
 * Bones in the reference frame (metres, right leg, x medial, z anterior). Sizes: patella
 * 40–43 × 39–45 × 19–24 mm; tibial tuberosity ~29 mm below the joint line; lateral malleolus
 * lower and more posterior than the medial (anatomy-reference.md). Heights follow ANSUR II:
 * tibiale 468, mid-patella 488, lateral femoral epicondyle 492, trochanterion 901 mm. The
 * pubic tubercle and the tip of the greater trochanter lie in one horizontal plane (classic
 * surface anatomy, e.g. Last's Anatomy ⚠), which places the femoral head.
 */
/** Centre of the femoral head, the hip joint centre (reference frame); the pelvis is placed from it. */
export const FEMORAL_HEAD_REF = [0.0, 0.9, 0.012] as const;

export function bones(L: Layout): Structure[] {
  const { ell, cone, tube, prism } = builders(L);
  const femur = structure(
    'bone_femur',
    'bone',
    [
      ell([0.022, 0.497, -0.008], [0.02, 0.024, 0.031]), // medial condyle
      ell([-0.021, 0.497, -0.006], [0.02, 0.024, 0.03]), // lateral condyle
      ell([0.0, 0.512, 0.016], [0.028, 0.02, 0.013]), // trochlea
      cone([0.0, 0.515, -0.004], [-0.006, 0.6, 0.002], 0.03, 0.015),
      cone([-0.006, 0.6, 0.002], [-0.03, 0.72, 0.01], 0.015, 0.0135),
      cone([-0.03, 0.72, 0.01], [-0.05, 0.83, 0.004], 0.0135, 0.017),
      cone([-0.05, 0.845, 0.004], [-0.008, 0.888, 0.012], 0.018, 0.016), // neck
      ell(FEMORAL_HEAD_REF, [0.024, 0.024, 0.024]), // head
      ell([-0.064, 0.877, -0.006], [0.02, 0.026, 0.024]), // greater trochanter
      ell([-0.02, 0.83, -0.014], [0.009, 0.01, 0.009]), // lesser trochanter
    ],
    0.012,
  );
  const patella = structure(
    'bone_patella',
    'bone',
    [
      ell([0.004, 0.49, 0.043], [0.021, 0.019, 0.011]),
      ell([0.004, 0.473, 0.041], [0.012, 0.01, 0.009]), // apex
    ],
    0.008,
  );
  const tibia = structure(
    'bone_tibia',
    'bone',
    [
      ell([0.002, 0.452, -0.004], [0.04, 0.017, 0.026]), // plateau
      ell([0.02, 0.448, -0.006], [0.021, 0.02, 0.025]), // medial condyle
      ell([-0.02, 0.448, -0.008], [0.02, 0.02, 0.023]), // lateral condyle
      ell([0.006, 0.437, 0.024], [0.011, 0.015, 0.008]), // tuberosity
      cone([0.003, 0.43, -0.002], [0.006, 0.37, 0.003], 0.028, 0.014),
      prism([
        {
          y: 0.115,
          corners: [
            [0.003, 0.016],
            [0.022, -0.006],
            [-0.014, -0.006],
          ],
          round: 0.005,
        },
        {
          y: 0.2,
          corners: [
            [0.005, 0.016],
            [0.02, -0.006],
            [-0.012, -0.005],
          ],
          round: 0.003,
        },
        {
          y: 0.3,
          corners: [
            [0.006, 0.017],
            [0.021, -0.007],
            [-0.013, -0.006],
          ],
          round: 0.003,
        },
        {
          y: 0.4,
          corners: [
            [0.006, 0.019],
            [0.026, -0.011],
            [-0.018, -0.01],
          ],
          round: 0.004,
        },
      ]),
      ell([0.004, 0.115, 0.0], [0.022, 0.026, 0.019]), // distal epiphysis
    ],
    0.008,
  );
  const malleolusMedial = structure('bone_malleolus_medial', 'bone', [
    cone([0.018, 0.108, 0.002], [0.024, 0.084, 0.006], 0.011, 0.008),
  ]);
  const fibula = structure(
    'bone_fibula',
    'bone',
    [
      ell([-0.042, 0.43, -0.02], [0.011, 0.012, 0.011]), // head
      cone([-0.042, 0.43, -0.02], [-0.035, 0.28, -0.014], 0.0075, 0.0065),
      cone([-0.034, 0.28, -0.014], [-0.024, 0.12, -0.009], 0.0065, 0.0075),
    ],
    0.006,
  );
  const malleolusLateral = structure('bone_malleolus_lateral', 'bone', [
    cone([-0.026, 0.115, -0.01], [-0.027, 0.066, -0.016], 0.01, 0.0085),
  ]);
  const calcaneus = structure(
    'bone_calcaneus',
    'bone',
    [
      tube(
        [
          [-0.004, 0.042, -0.03, 0.018, 0.024],
          [-0.007, 0.04, 0.0, 0.02, 0.021],
          [-0.014, 0.032, 0.03, 0.016, 0.014],
        ],
        [0, 1, 0],
      ),
      ell([0.014, 0.05, 0.0], [0.012, 0.008, 0.012]), // sustentaculum tali
    ],
    0.008,
  );
  const toeBones: [number, number, number, number, number, number, number][] = [
    // base x, y, z, tip x, y, z, radius
    [0.033, 0.016, 0.155, 0.03, 0.014, 0.192, 0.0085],
    [0.013, 0.013, 0.16, 0.012, 0.011, 0.193, 0.005],
    [-0.006, 0.012, 0.153, -0.008, 0.01, 0.184, 0.0045],
    [-0.021, 0.011, 0.145, -0.025, 0.009, 0.173, 0.0045],
    [-0.035, 0.01, 0.133, -0.04, 0.009, 0.158, 0.0045],
  ];
  const metatarsals: [number, number, number, number, number, number, number, number][] = [
    [0.022, 0.045, 0.09, 0.032, 0.017, 0.15, 0.011, 0.011],
    [0.01, 0.048, 0.09, 0.012, 0.014, 0.158, 0.008, 0.008],
    [-0.004, 0.045, 0.085, -0.006, 0.013, 0.152, 0.0075, 0.0075],
    [-0.017, 0.04, 0.08, -0.022, 0.012, 0.143, 0.007, 0.007],
    [-0.028, 0.03, 0.07, -0.036, 0.011, 0.13, 0.008, 0.007],
  ];
  const foot = structure(
    'bone_foot',
    'bone',
    [
      ell([0.0, 0.076, 0.008], [0.017, 0.017, 0.026]), // talus body
      ell([0.008, 0.062, 0.042], [0.014, 0.013, 0.017]), // talar head
      ell([0.014, 0.054, 0.058], [0.015, 0.013, 0.01]), // navicular
      ell([0.01, 0.05, 0.077], [0.022, 0.014, 0.015]), // cuneiforms
      ell([-0.022, 0.034, 0.055], [0.014, 0.013, 0.02]), // cuboid
      ...metatarsals.map(([ax, ay, az, bx, by, bz, r1, r2]) =>
        cone([ax, ay, az], [bx, by, bz], r1, r2),
      ),
      ...toeBones.map(([ax, ay, az, bx, by, bz, r]) =>
        cone([ax, ay, az], [bx, by, bz], r, r * 0.8),
      ),
    ],
    0.004,
  );
  return [femur, patella, tibia, malleolusMedial, fibula, malleolusLateral, calcaneus, foot];
}
