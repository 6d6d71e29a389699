/**
 * What is drawn over the live image: the tapped points and the leg line between them, the palm
 * centre, and the arrow of the hand's heading, green toward the heart and red away from it.
 */
import type { LiveHeading } from '../../camera/liveHeading';
import type { ImagePoint } from '../../camera/legLine';

const GOOD = '#1f9d55';
const BAD = '#d93025';
const LINE = '#ffd54a';

export interface Overlay {
  taps: readonly ImagePoint[];
  palm: ImagePoint | null;
  heading: LiveHeading;
}

/** The direction up the leg at a point: along the nearer of the two tapped segments. */
function upTheLeg(taps: readonly ImagePoint[], at: ImagePoint): ImagePoint | null {
  const [ankle, knee, groin] = taps;
  if (!ankle || !knee || !groin) return null;
  const mid = (a: ImagePoint, b: ImagePoint) => ({ x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 });
  const lowerMid = mid(ankle, knee);
  const upperMid = mid(knee, groin);
  const nearLower =
    Math.hypot(at.x - lowerMid.x, at.y - lowerMid.y) <=
    Math.hypot(at.x - upperMid.x, at.y - upperMid.y);
  const [from, to] = nearLower ? [ankle, knee] : [knee, groin];
  const length = Math.hypot(to.x - from.x, to.y - from.y);
  return length > 0 ? { x: (to.x - from.x) / length, y: (to.y - from.y) / length } : null;
}

function arrow(c: CanvasRenderingContext2D, at: ImagePoint, dir: ImagePoint, size: number) {
  const tip = { x: at.x + dir.x * size, y: at.y + dir.y * size };
  const tail = { x: at.x - dir.x * size, y: at.y - dir.y * size };
  const side = { x: -dir.y, y: dir.x };
  c.beginPath();
  c.moveTo(tail.x, tail.y);
  c.lineTo(tip.x, tip.y);
  c.moveTo(
    tip.x - dir.x * size * 0.6 + side.x * size * 0.5,
    tip.y - dir.y * size * 0.6 + side.y * size * 0.5,
  );
  c.lineTo(tip.x, tip.y);
  c.lineTo(
    tip.x - dir.x * size * 0.6 - side.x * size * 0.5,
    tip.y - dir.y * size * 0.6 - side.y * size * 0.5,
  );
  c.stroke();
}

export function drawOverlay(canvas: HTMLCanvasElement, overlay: Overlay): void {
  const c = canvas.getContext('2d');
  if (!c) return;
  const scale = Math.max(canvas.width, canvas.height) / 640;
  c.clearRect(0, 0, canvas.width, canvas.height);
  c.lineCap = 'round';
  c.lineJoin = 'round';
  if (overlay.taps.length > 1) {
    c.strokeStyle = LINE;
    c.lineWidth = 3 * scale;
    c.beginPath();
    overlay.taps.forEach((p, i) => (i === 0 ? c.moveTo(p.x, p.y) : c.lineTo(p.x, p.y)));
    c.stroke();
  }
  for (const p of overlay.taps) {
    c.fillStyle = LINE;
    c.strokeStyle = '#000';
    c.lineWidth = 2 * scale;
    c.beginPath();
    c.arc(p.x, p.y, 7 * scale, 0, 2 * Math.PI);
    c.fill();
    c.stroke();
  }
  const { palm, heading } = overlay;
  if (!palm) return;
  c.fillStyle = '#fff';
  c.beginPath();
  c.arc(palm.x, palm.y, 5 * scale, 0, 2 * Math.PI);
  c.fill();
  const up = upTheLeg(overlay.taps, palm);
  if (!up || (heading !== 'proximal' && heading !== 'distal')) return;
  const dir = heading === 'proximal' ? up : { x: -up.x, y: -up.y };
  c.strokeStyle = heading === 'proximal' ? GOOD : BAD;
  c.lineWidth = 8 * scale;
  arrow(c, palm, dir, 40 * scale);
}
