/**
 * The words the 3D scene writes on the stage. Given by the ui (from its string catalog), so the
 * scene draws words without owning them.
 */
export interface SceneLabels {
  /** The 3D view's name for screen readers. */
  canvas: string;
  /** Beside the heart in the setup step. */
  heart: string;
  /** Above the raised foot in the setup step. */
  footAboveHeart: string;
  /** Below the hands while the wrong-way demonstration plays. */
  wrongWay: string;
  /** At the tip of the arrow from the groin toward the heart. */
  toHeart: string;
}
