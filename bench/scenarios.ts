/**
 * What the bench measures the app showing, and the reference page draws: two scenarios, each
 * the content of one ordinary view of the lesson playing. `default` is the trainer as it opens
 * (skin with the zones outlined while the hands demonstrate, the lanes, the hands); `all` has
 * every layer on, which with the valves means the x-ray look (see src/scene/flow/xray.ts): the
 * skin at a quarter opacity, the zones off, the veins with their blood and the valve close-up.
 * No React here: the reference page imports it.
 */
export const BENCH_SCENARIOS = ['default', 'all'] as const;
export type BenchScenario = (typeof BENCH_SCENARIOS)[number];

export interface ScenarioContent {
  skin: boolean;
  /** The zones' look on the skin (outline while the hands demonstrate, off in the x-ray). */
  zoneLook: 'off' | 'tint' | 'outline';
  skinOpacity: number;
  lanes: boolean;
  hands: boolean;
  muscles: boolean;
  bones: boolean;
  veins: boolean;
  valves: boolean;
  lymph: boolean;
}

export const SCENARIO_CONTENT: Record<BenchScenario, ScenarioContent> = {
  default: {
    skin: true,
    zoneLook: 'outline',
    skinOpacity: 1,
    lanes: true,
    hands: true,
    muscles: false,
    bones: false,
    veins: false,
    valves: false,
    lymph: false,
  },
  all: {
    skin: true,
    zoneLook: 'off',
    skinOpacity: 0.25,
    lanes: true,
    hands: true,
    muscles: true,
    bones: true,
    veins: true,
    valves: true,
    lymph: true,
  },
};

export function parseScenario(value: string | null): BenchScenario {
  return (BENCH_SCENARIOS as readonly string[]).includes(value ?? '')
    ? (value as BenchScenario)
    : 'default';
}
