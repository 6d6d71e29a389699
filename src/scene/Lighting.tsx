/**
 * Soft, even lighting that keeps form readable on a washed-out projector: a sky/ground fill,
 * a key from the upper front, and a rim from behind to separate the leg from the background.
 */
export function Lighting() {
  return (
    <>
      <hemisphereLight args={['#ffffff', '#8a8f99', 1.2]} />
      <directionalLight position={[1.5, 2.5, 2]} intensity={1.6} />
      <directionalLight position={[-2, 1.2, 1]} intensity={0.55} />
      <directionalLight position={[0, 1.5, -2.5]} intensity={0.8} />
    </>
  );
}
