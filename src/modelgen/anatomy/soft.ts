import type { Layout } from '../layout';
import type { Structure } from '../structure';
import { builders, structure } from '../structure';

/**
 * Tissue that shapes the skin but is not drawn: tendons, fat pads, the muscles not in the
 * model's name list (deep calf, extensors, peroneals, vastus intermedius, gluteal,
 * iliopsoas) and the toe pulps. Achilles tendon 6.3 mm thick, ~14 mm wide, narrowest
 * 5–7 cm above its insertion (anatomy-reference.md).
 */
export function softTissue(L: Layout): Structure[] {
  const { ell, cone, tube, loft } = builders(L);
  const s = (name: string, parts: Parameters<typeof structure>[2], k = 0.006) =>
    structure(name, 'soft', parts, k);
  const toes: [number, number, number, number, number, number, number, number][] = [
    [0.032, 0.018, 0.148, 0.029, 0.0135, 0.2, 0.012, 0.0105],
    [0.012, 0.016, 0.155, 0.011, 0.0105, 0.197, 0.008, 0.0068],
    [-0.007, 0.015, 0.15, -0.009, 0.0098, 0.189, 0.0077, 0.0064],
    [-0.023, 0.014, 0.142, -0.027, 0.0094, 0.179, 0.0072, 0.006],
    [-0.037, 0.013, 0.13, -0.043, 0.0092, 0.164, 0.0068, 0.0057],
  ];
  return [
    // The fascial sleeve of the limb: [y, centre x, centre z, half-width, half-depth]; a few
    // millimetres inside the skin, behind the tibial face, so muscles and bones shape it locally.
    s(
      'soft_core',
      [
        loft([
          [0.09, 0.0, -0.012, 0.017, 0.022],
          [0.16, 0.0, -0.016, 0.019, 0.025],
          [0.25, 0.0, -0.022, 0.028, 0.034],
          [0.33, 0.002, -0.024, 0.034, 0.038],
          [0.42, 0.002, -0.014, 0.037, 0.034],
          [0.48, 0.0, -0.006, 0.045, 0.037],
          [0.55, -0.004, -0.002, 0.048, 0.042],
          [0.65, -0.01, 0.0, 0.057, 0.052],
          [0.75, -0.014, -0.004, 0.064, 0.06],
          [0.85, -0.018, -0.008, 0.074, 0.068],
          [0.95, -0.022, -0.012, 0.078, 0.072],
          [1.1, -0.024, -0.014, 0.078, 0.072],
        ]),
      ],
      0.01,
    ),
    s(
      'soft_toes',
      toes.map(([ax, ay, az, bx, by, bz, r1, r2]) => cone([ax, ay, az], [bx, by, bz], r1, r2)),
      0.003,
    ),
    s('soft_sole', [
      ell([-0.004, 0.026, -0.028], [0.025, 0.024, 0.03]), // heel pad
      cone([0.034, 0.017, 0.148], [-0.036, 0.015, 0.128], 0.013, 0.012), // ball of the foot
      cone([-0.018, 0.018, -0.01], [-0.034, 0.014, 0.12], 0.012, 0.011), // lateral column
      cone([0.024, 0.038, 0.02], [0.034, 0.026, 0.135], 0.011, 0.012), // abductor hallucis (arch)
      // The foot's sleeve, heel to the toe bases; sections tilted so the medial sole rides
      // higher (the arch) and the lateral border meets the ground.
      tube(
        [
          [-0.004, 0.036, -0.03, 0.024, 0.028],
          [-0.004, 0.045, 0.005, 0.029, 0.034],
          [-0.002, 0.042, 0.05, 0.034, 0.029],
          [0.0, 0.033, 0.1, 0.04, 0.022],
          [0.0, 0.025, 0.14, 0.043, 0.016],
          [0.0, 0.02, 0.158, 0.038, 0.012],
        ],
        [0.3, 1, 0],
      ),
    ]),
    s('soft_achilles', [
      tube(
        [
          [-0.004, 0.038, -0.047, 0.012, 0.006],
          [-0.004, 0.1, -0.043, 0.007, 0.0042],
          [-0.003, 0.17, -0.043, 0.009, 0.0045],
          [-0.001, 0.24, -0.044, 0.018, 0.005],
        ],
        [0, 0, -1],
      ),
      ell([-0.004, 0.105, -0.028], [0.011, 0.028, 0.008]), // Kager's fat pad
    ]),
    s('soft_ankle_tendons', [
      tube(
        [
          [-0.004, 0.19, 0.026, 0.005, 0.005],
          [0.008, 0.11, 0.022, 0.0045, 0.0045],
          [0.018, 0.07, 0.038, 0.0045, 0.0045],
          [0.022, 0.048, 0.07, 0.004, 0.004],
        ],
        [0, 0, 1],
      ), // tibialis anterior tendon
      tube(
        [
          [-0.02, 0.2, 0.02, 0.007, 0.006],
          [-0.012, 0.1, 0.021, 0.007, 0.005],
          [-0.012, 0.06, 0.05, 0.01, 0.004],
          [-0.014, 0.04, 0.1, 0.014, 0.003],
        ],
        [0, 0, 1],
      ), // toe extensors
      tube(
        [
          [-0.024, 0.2, -0.024, 0.006, 0.006],
          [-0.027, 0.1, -0.026, 0.005, 0.005],
          [-0.033, 0.055, -0.016, 0.005, 0.005],
          [-0.034, 0.03, 0.05, 0.0045, 0.0045],
        ],
        [-1, 0, 0],
      ), // peroneal tendons
      tube(
        [
          [0.01, 0.2, -0.022, 0.006, 0.006],
          [0.02, 0.1, -0.016, 0.0055, 0.0055],
          [0.026, 0.06, 0.0, 0.005, 0.005],
          [0.022, 0.045, 0.04, 0.0045, 0.0045],
        ],
        [1, 0, 0],
      ), // tibialis posterior and long flexor tendons
    ]),
    s('soft_calf_deep', [
      tube(
        [
          [0.0, 0.41, -0.022, 0.02, 0.012],
          [0.002, 0.3, -0.025, 0.022, 0.013],
          [0.006, 0.19, -0.022, 0.016, 0.01],
          [0.012, 0.12, -0.018, 0.01, 0.006],
        ],
        [0, 0, -1],
      ),
      tube(
        [
          [-0.03, 0.42, 0.0, 0.01, 0.01],
          [-0.027, 0.3, 0.008, 0.011, 0.011],
          [-0.021, 0.19, 0.016, 0.007, 0.006],
        ],
        [-0.8, 0, 0.6],
      ), // long extensors
      tube(
        [
          [-0.042, 0.42, -0.01, 0.011, 0.011],
          [-0.038, 0.3, -0.012, 0.01, 0.011],
          [-0.03, 0.18, -0.018, 0.007, 0.007],
          [-0.03, 0.12, -0.025, 0.005, 0.005],
        ],
        [-1, 0, 0],
      ), // peroneals
    ]),
    s('soft_knee', [
      tube(
        [
          [0.004, 0.47, 0.042, 0.013, 0.004],
          [0.006, 0.432, 0.03, 0.012, 0.004],
        ],
        [0, 0, 1],
      ), // patellar tendon
      tube(
        [
          [0.003, 0.51, 0.041, 0.018, 0.006],
          [0.0, 0.56, 0.035, 0.02, 0.007],
        ],
        [0, 0, 1],
      ), // quadriceps tendon
      ell([0.0, 0.485, -0.02], [0.03, 0.03, 0.02]), // popliteal fat
      ell([0.0, 0.478, -0.004], [0.049, 0.042, 0.036]), // joint capsule, retinacula and fat pads
    ]),
    s('soft_thigh', [
      tube(
        [
          [-0.008, 0.57, 0.02, 0.02, 0.012],
          [-0.03, 0.72, 0.028, 0.024, 0.015],
          [-0.048, 0.84, 0.024, 0.022, 0.014],
        ],
        [0, 0, 1],
      ), // vastus intermedius
      ell([-0.03, 0.95, -0.06], [0.07, 0.06, 0.05]), // gluteus maximus, lower part
      tube(
        [
          [0.012, 0.98, 0.04, 0.026, 0.018],
          [-0.002, 0.87, 0.03, 0.022, 0.016],
          [-0.02, 0.82, 0.005, 0.012, 0.01],
        ],
        [0, 0, 1],
      ), // iliopsoas and pectineus, floor of the femoral triangle
    ]),
  ];
}
