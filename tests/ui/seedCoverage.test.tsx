/**
 * Every sentence of the seed guide (shared/seed/circulatory-leg-massage.txt, quoted below so the
 * test runs on a clean clone) reaches the user: the Read view, rendered in a DOM, shows the
 * content of each one as text. The phrases are the sentence's instructions and facts in the protocol's
 * own (paraphrased) words; a sentence whose content is dropped or changed fails here.
 */
import { render } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { defaultProtocol } from '../../src/protocol/defaultProtocol';
import { ProtocolTextView } from '../../src/ui/textview';

/** [seed sentence, phrases that must all be in the Read view]. */
const SEED: readonly (readonly [string, readonly string[]])[] = [
  [
    'A circulatory leg massage is a hands-on method designed to mechanically assist the body’s natural processes of moving blood and lymph fluid.',
    ['hands-on massage', 'mechanically helps', 'blood and lymph fluid'],
  ],
  [
    'The primary goal is to encourage venous return, which is the flow of deoxygenated blood from the lower extremities back toward the heart.',
    ['encourage venous return', 'deoxygenated blood', 'back toward the heart'],
  ],
  [
    'By applying specific techniques and directional strokes, this massage helps reduce fluid pooling and alleviate the heavy, tired feeling often associated with poor circulation.',
    ['less fluid pools', 'heavy, tired feeling of poor circulation'],
  ],
  [
    'This guide focuses on practical steps for self-massage or partner massage that can be performed safely at home.',
    ['on yourself or on a partner', 'safely at home'],
  ],
  [
    'Preparing the environment and your body helps maximize the benefits of the massage session.',
    ['preparing the place and your body helps you get the most from the massage'],
  ],
  [
    'Find a comfortable place to lie down, such as a bed or a sofa, and ensure the room temperature is warm.',
    ['comfortable place to lie down', 'a bed or a sofa', 'room is warm'],
  ],
  [
    'It is helpful to slightly elevate the legs before beginning, ideally positioning them higher than the heart, which immediately assists gravity in promoting fluid return.',
    ['raise the legs slightly', 'higher than the heart', 'gravity', 'straight away'],
  ],
  [
    'Gather a bland, unscented massage oil or lotion to reduce friction and allow your hands to glide smoothly over the skin.',
    ['bland, unscented massage oil or lotion', 'reduces friction', 'glide smoothly'],
  ],
  [
    'Keep a towel nearby to wipe away any excess medium once the massage is complete.',
    ['towel nearby', 'wipe away any excess', 'once the massage is complete'],
  ],
  [
    'The massage should begin with effleurage, a foundational phase involving long, gliding strokes.',
    ['phase 1 of 4warm-up: effleurage', 'long, gliding strokes'],
  ],
  [
    'Start at the foot and ankle, using the palms of your hands to apply light, rhythmic pressure up the leg toward the knee and groin.',
    [
      'start at the foot and ankle',
      'palms of your hands',
      'light, rhythmic pressure',
      'toward the knee and the groin',
    ],
  ],
  [
    'This initial technique warms the tissue, distributes the massage medium, and begins the process of directing fluid flow proximally.',
    ['warms the tissue', 'spreads the oil or lotion', 'directing the flow of fluid', 'proximally'],
  ],
  [
    'Following the warm-up, transition into petrissage, a deeper technique involving kneading and compression of the muscle tissue.',
    ['petrissage: kneading and compressing the muscle', 'deep (into the muscle)'],
  ],
  [
    'Focus on the larger muscle groups of the calves and thighs, using the heel of your hand or your thumbs and fingers to compress, lift, and squeeze the muscle.',
    [
      'calf: kneading',
      'thigh: palm-over-palm',
      'heel of the hand, or the thumbs and fingers',
      'compress, lift and squeeze the muscle',
    ],
  ],
  [
    'This action helps “milk” metabolic waste products and excess fluid out of the deep muscle tissue.',
    ['"milk" metabolic waste products and excess fluid out of the deep muscle tissue'],
  ],
  [
    'For the calf, use both hands to firmly grasp the muscle, alternating a kneading motion as you move upward from the Achilles tendon toward the back of the knee.',
    [
      'grasp the calf muscle firmly with both hands',
      'alternate the hands',
      'from the achilles tendon toward the back of the knee',
    ],
  ],
  [
    'On the thigh, apply pressure using a broad palm-over-palm compression technique across the quadriceps and hamstrings.',
    ['broad palm-over-palm compression across the quadriceps', 'the hamstrings'],
  ],
  [
    'Spend extra time on any areas that feel particularly tight or dense.',
    ['spend extra time on any area that feels tight or dense'],
  ],
  [
    'Conclude the session by returning to the light, broad strokes of effleurage, covering the entire leg from the foot to the hip.',
    [
      'closing: effleurage',
      'light, broad strokes',
      'cover the entire leg, from the foot to the hip',
    ],
  ],
  [
    'These final passes help smooth the tissues and flush any remaining fluids toward the lymph nodes in the groin.',
    ['smooths the tissues', 'remaining fluid toward the lymph nodes in the groin'],
  ],
  [
    'This systematic approach ensures that you are working from superficial to deep and back to superficial.',
    ['from superficial to deep and back to superficial'],
  ],
  [
    'The effectiveness of a circulatory massage hinges on two primary principles: the direction of the stroke and the regulation of pressure.',
    ['rules for direction and pressure'],
  ],
  [
    'All movements must be directed toward the center of the body, moving from the foot up to the hip and groin.',
    ['every movement toward the centre of the body', 'from the foot up to the hip and groin'],
  ],
  [
    'This proximal direction is necessary because it aligns with the one-way valves found within the veins and lymphatic vessels, helping to push blood past these valves and back to the heart.',
    ['veins and lymph vessels have one-way valves', 'push the blood past them, back to the heart'],
  ],
  [
    'Pressure should be light to moderate, particularly when working over areas where the bone is close to the skin, such as the shin or knee joint.',
    [
      'keep the pressure light to moderate',
      'where bone is close to the skin',
      'the shin and the knee joint',
    ],
  ],
  [
    'Excessive, deep pressure is counterproductive for stimulating the superficial lymphatic system and can cause bruising or discomfort.',
    [
      'excessive, deep pressure is counterproductive',
      'superficial lymphatic system',
      'bruising or discomfort',
    ],
  ],
  [
    'When applying deeper pressure with the kneading technique, it should be firm enough to engage the muscle without causing pain.',
    ['firmly enough to engage the muscle, but never so hard that it hurts'],
  ],
  [
    'A session lasting between 15 and 30 minutes, dedicating roughly 7 to 15 minutes to each leg, is sufficient to achieve a circulatory benefit.',
    ['15–30 minutes', '7–15 minutes', 'enough for a circulatory benefit'],
  ],
  [
    'For general maintenance, performing this massage two to three times per week is a good starting point.',
    ['general maintenance', 'two to three sessions a week is a good starting point'],
  ],
  [
    'Daily application may help individuals experiencing chronic fluid retention or fatigue.',
    ['daily massage may help', 'chronic fluid retention or fatigue'],
  ],
  [
    'Consistent frequency is more impactful than a single, overly long session.',
    ['regular sessions do more than a single, overly long one'],
  ],
  [
    'While generally safe, there are specific medical conditions where leg massage is contraindicated.',
    ['leg massage is generally safe, but not for everyone', 'safety first: when not to massage'],
  ],
  [
    'The most serious concern is the presence or suspicion of Deep Vein Thrombosis (DVT), a blood clot found in the deep veins of the leg.',
    [
      'known or suspected dvt',
      'a dvt, known or suspected, is a blood clot in the deep veins of the leg',
    ],
  ],
  [
    'Applying pressure to a DVT can dislodge the clot, leading to a potentially fatal pulmonary embolism in the lungs.',
    ['dislodge the clot', 'potentially fatal pulmonary embolism in the lungs'],
  ],
  [
    'If you notice sudden, unexplained swelling, redness, heat, or sharp pain in one leg, seek medical attention immediately.',
    [
      'sudden, unexplained swelling in one leg',
      'redness in one leg',
      'heat in one leg',
      'sharp pain in one leg',
      'seek medical attention immediately',
    ],
  ],
  [
    'Avoid massage until a doctor has ruled out a blood clot.',
    ['avoid massage until a doctor has ruled out a blood clot'],
  ],
  [
    'Furthermore, avoid applying direct pressure over severe varicose veins, which are enlarged, twisted veins, as deep work can cause discomfort or damage the vessel walls.',
    [
      'severe varicose veins',
      'enlarged, twisted veins',
      'do not apply direct pressure over them',
      'discomfort or damage the vessel walls',
    ],
  ],
  [
    'Massage should also be avoided in areas with open wounds, rashes, active skin infections, or significant, unexplained swelling.',
    [
      'open wounds, rashes or active skin infections',
      'significant, unexplained swelling',
      'do not massage the affected area',
    ],
  ],
  [
    'These localized conditions can be worsened by the mechanical action of massage.',
    ['mechanical action of massage can make these local conditions worse'],
  ],
  [
    'Always consult a healthcare provider if you have a pre-existing circulatory condition or any doubts about the safety of self-massage.',
    [
      'consult a healthcare provider',
      'pre-existing circulatory condition',
      'any doubt about whether self-massage is safe',
    ],
  ],
];

/** The Read view as the text a reader sees, spaces collapsed (lower case, to compare). */
function readViewText(): string {
  const { container, unmount } = render(<ProtocolTextView protocol={defaultProtocol} />);
  const text = (container.textContent ?? '').replace(/\s+/g, ' ').toLowerCase();
  unmount();
  return text;
}

describe('the seed guide reaches the user', () => {
  let text = '';
  beforeAll(() => {
    text = readViewText();
  });

  it('quotes the whole seed guide here, sentence by sentence', () => {
    expect(SEED).toHaveLength(40);
  });

  it.each(SEED.map(([sentence, phrases]) => [sentence.slice(0, 60), sentence, phrases] as const))(
    '%s…',
    (_, sentence, phrases) => {
      const missing = phrases.filter((phrase) => !text.includes(phrase.toLowerCase()));
      expect(missing, sentence).toEqual([]);
    },
  );
});
