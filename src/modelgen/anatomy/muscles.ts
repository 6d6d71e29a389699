import type { Layout } from '../layout';
import type { Structure } from '../structure';
import { builders, structure } from '../structure';

/**
 * Muscle bellies as tubes [x, y, z, half-width, half-depth] (reference frame, metres). From
 * anatomy-reference.md: gastrocnemius heads from the femoral condyles, bellies ending about
 * halfway down the shank, the medial head lower; soleus from the upper fibula and soleal line
 * with fibres to ~4 cm above the heel; tibialis anterior from the lateral tibia, tendon in the
 * lower third; quadriceps to the patella; hamstrings from the ischial tuberosity to the fibular
 * head (biceps) and medial tibia; adductors along the medial femur to the adductor tubercle.
 * Sizes aim at Fukunaga 1992 volumes (medial gastrocnemius 245, lateral 140, soleus 489 cm³).
 * Sartorius (from the anterior superior iliac spine across the front of the thigh, behind the
 * medial condyle to the pes anserinus) and gracilis (from the pubis down the inner thigh to the
 * pes anserinus) bound the femoral triangle with adductor longus (Gray's); a thin strap each,
 * their sizes set by eye ⚠.
 */
export function muscles(L: Layout): Structure[] {
  const { tube } = builders(L);
  const m = (name: string, nodes: Parameters<typeof tube>[0], out: [number, number, number]) =>
    structure(name, 'muscle', [tube(nodes, out)]);
  return [
    m(
      'muscle_gastrocnemius_medial',
      [
        [0.024, 0.515, -0.036, 0.012, 0.01],
        [0.026, 0.455, -0.048, 0.02, 0.014],
        [0.024, 0.38, -0.06, 0.031, 0.024],
        [0.018, 0.31, -0.06, 0.027, 0.02],
        [0.01, 0.26, -0.052, 0.015, 0.009],
        [0.006, 0.225, -0.048, 0.008, 0.004],
      ],
      [0.55, 0, -0.83],
    ),
    m(
      'muscle_gastrocnemius_lateral',
      [
        [-0.022, 0.515, -0.034, 0.011, 0.009],
        [-0.024, 0.455, -0.046, 0.017, 0.012],
        [-0.021, 0.385, -0.056, 0.023, 0.018],
        [-0.015, 0.335, -0.053, 0.018, 0.012],
        [-0.009, 0.285, -0.05, 0.01, 0.006],
        [-0.005, 0.265, -0.048, 0.006, 0.004],
      ],
      [-0.55, 0, -0.83],
    ),
    m(
      'muscle_soleus',
      [
        [-0.022, 0.425, -0.028, 0.018, 0.01],
        [-0.002, 0.37, -0.038, 0.036, 0.016],
        [0.003, 0.29, -0.04, 0.042, 0.019],
        [0.003, 0.21, -0.039, 0.036, 0.015],
        [0.0, 0.15, -0.038, 0.02, 0.008],
        [-0.002, 0.12, -0.04, 0.01, 0.004],
      ],
      [0, 0, -1],
    ),
    m(
      'muscle_tibialis_anterior',
      [
        [-0.016, 0.44, 0.01, 0.012, 0.011],
        [-0.016, 0.38, 0.017, 0.014, 0.014],
        [-0.013, 0.3, 0.02, 0.013, 0.013],
        [-0.008, 0.22, 0.022, 0.009, 0.008],
        [-0.004, 0.17, 0.024, 0.005, 0.004],
      ],
      [-0.5, 0, 0.87],
    ),
    m(
      'muscle_rectus_femoris',
      [
        [-0.03, 0.95, 0.05, 0.012, 0.01],
        [-0.03, 0.88, 0.062, 0.02, 0.016],
        [-0.027, 0.78, 0.067, 0.025, 0.019],
        [-0.02, 0.68, 0.063, 0.023, 0.016],
        [-0.01, 0.6, 0.054, 0.015, 0.01],
        [-0.002, 0.535, 0.046, 0.009, 0.006],
      ],
      [0, 0, 1],
    ),
    m(
      'muscle_vastus_lateralis',
      [
        [-0.072, 0.86, 0.0, 0.022, 0.014],
        [-0.074, 0.78, 0.008, 0.034, 0.022],
        [-0.067, 0.7, 0.012, 0.036, 0.024],
        [-0.055, 0.62, 0.016, 0.03, 0.02],
        [-0.04, 0.55, 0.025, 0.018, 0.012],
        [-0.024, 0.515, 0.036, 0.01, 0.006],
      ],
      [-0.85, 0, 0.5],
    ),
    m(
      'muscle_vastus_medialis',
      [
        [-0.02, 0.78, 0.022, 0.013, 0.009],
        [0.0, 0.7, 0.026, 0.021, 0.015],
        [0.022, 0.62, 0.026, 0.027, 0.021],
        [0.031, 0.565, 0.028, 0.024, 0.02],
        [0.022, 0.522, 0.036, 0.012, 0.008],
      ],
      [0.7, 0, 0.7],
    ),
    m(
      'muscle_biceps_femoris',
      [
        [0.015, 0.89, -0.07, 0.018, 0.014],
        [-0.002, 0.8, -0.072, 0.025, 0.021],
        [-0.02, 0.7, -0.064, 0.025, 0.021],
        [-0.032, 0.6, -0.052, 0.019, 0.015],
        [-0.039, 0.52, -0.04, 0.01, 0.008],
        [-0.042, 0.45, -0.026, 0.006, 0.005],
      ],
      [-0.3, 0, -0.95],
    ),
    m(
      'muscle_semitendinosus',
      [
        [0.03, 0.89, -0.066, 0.018, 0.014],
        [0.03, 0.8, -0.064, 0.025, 0.021],
        [0.031, 0.7, -0.057, 0.025, 0.021],
        [0.033, 0.6, -0.047, 0.019, 0.015],
        [0.031, 0.52, -0.036, 0.01, 0.008],
        [0.028, 0.45, -0.016, 0.006, 0.005],
      ],
      [0.3, 0, -0.95],
    ),
    m(
      'muscle_sartorius',
      [
        [-0.05, 0.985, 0.066, 0.011, 0.005],
        [-0.034, 0.93, 0.072, 0.013, 0.0055],
        [-0.008, 0.86, 0.07, 0.014, 0.006],
        [0.022, 0.79, 0.06, 0.015, 0.006],
        [0.044, 0.7, 0.036, 0.014, 0.006],
        [0.054, 0.61, 0.006, 0.012, 0.006],
        [0.05, 0.53, -0.016, 0.01, 0.005],
        [0.036, 0.455, -0.002, 0.007, 0.004],
      ],
      [0.7, 0, 0.7],
    ),
    m(
      'muscle_gracilis',
      [
        [0.068, 0.92, -0.006, 0.013, 0.007],
        [0.066, 0.82, -0.016, 0.013, 0.007],
        [0.062, 0.72, -0.024, 0.011, 0.0065],
        [0.052, 0.6, -0.03, 0.008, 0.006],
        [0.038, 0.5, -0.022, 0.006, 0.0045],
        [0.034, 0.455, -0.006, 0.005, 0.004],
      ],
      [1, 0, 0],
    ),
    m(
      'muscle_adductors',
      [
        [0.045, 0.93, 0.0, 0.04, 0.024],
        [0.048, 0.85, -0.01, 0.045, 0.03],
        [0.042, 0.77, -0.016, 0.04, 0.028],
        [0.033, 0.68, -0.018, 0.03, 0.02],
        [0.026, 0.6, -0.015, 0.018, 0.012],
        [0.028, 0.54, -0.01, 0.008, 0.006],
      ],
      [1, 0, 0],
    ),
  ];
}
