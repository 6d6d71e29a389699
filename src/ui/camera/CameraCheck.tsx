/**
 * The camera check: the live image of the leg, three taps to set it (ankle, knee, groin), then
 * each stroke judged while it happens (an arrow green toward the heart, red away) and counted,
 * and at the end the whole movement checked as a trace, like a drawn stroke, with the valve
 * replay and an export. The privacy promise and the signs to stop (DVT above all) stay on screen.
 */
import { useEffect, useMemo, useRef, useState, type PointerEvent } from 'react';
import type { LegSide } from '../../anatomy/names';
import { cameraStrokes, goodStrokeCount } from '../../camera/cameraStrokes';
import { cameraTrace } from '../../camera/cameraTrace';
import { legAnchors } from '../../camera/legAnchors';
import {
  legLineLength,
  MIN_LEG_LINE_PX,
  type ImagePoint,
  type LegLine,
} from '../../camera/legLine';
import { liveHeading } from '../../camera/liveHeading';
import type { Trace } from '../../practice/traceFile';
import type { Protocol } from '../../protocol/schema';
import { useStageCoverStore } from '../../state/stageCoverStore';
import { useViewStore } from '../../state/viewStore';
import { submitTrace, type SessionSetup } from '../practice/practiceSession';
import { downloadTrace } from '../practice/traceFileIo';
import { SafetyStrip } from '../trainer/SafetyStrip';
import { CAMERA_TEXT, type CameraProblem, type TapPoint } from './cameraStrings';
import { drawOverlay } from './drawOverlay';
import { useCameraStream } from './useCameraStream';
import { useDetectionLoop } from './useDetectionLoop';
import { useFrameBrightness } from './useFrameBrightness';
import { useHandDetector } from './useHandDetector';
import './camera.css';

const TAPS: readonly TapPoint[] = ['ankle', 'knee', 'groin'];
/** No hand in this many frames in a row (a second or more): say so. */
const NO_HAND_FRAMES = 3;

type Phase = 'setup' | 'checking' | 'done';

interface Props {
  protocol: Protocol;
  setup: SessionSetup;
  onClose: () => void;
}

function legLineOf(taps: readonly ImagePoint[]): LegLine | null {
  const [ankle, knee, groin] = taps;
  if (!ankle || !knee || !groin) return null;
  const line = { ankle, knee, groin };
  return legLineLength(line) >= MIN_LEG_LINE_PX ? line : null;
}

/** A retry starts the camera and the detector afresh: a new session, by its key. */
export function CameraCheck(props: Props) {
  const [attempt, setAttempt] = useState(0);
  // The panel covers the whole page: the leg behind it need not draw until it closes.
  useEffect(() => {
    useStageCoverStore.getState().setCovered(true);
    return () => useStageCoverStore.getState().setCovered(false);
  }, []);
  return <CameraSession key={attempt} {...props} onRetry={() => setAttempt((n) => n + 1)} />;
}

function CameraSession({ protocol, setup, onClose, onRetry }: Props & { onRetry: () => void }) {
  const video = useRef<HTMLVideoElement>(null);
  const canvas = useRef<HTMLCanvasElement>(null);
  const streamState = useCameraStream();
  const detectorState = useHandDetector(streamState.kind === 'ready');
  const detector = detectorState.kind === 'ready' ? detectorState.detector : null;
  const [size, setSize] = useState<{ width: number; height: number } | null>(null);
  const stream =
    streamState.kind === 'ready' && size ? { kind: 'live' as const, ...size } : streamState;
  const live = stream.kind === 'live';
  const mediaStream = streamState.kind === 'ready' ? streamState.stream : null;
  useEffect(() => {
    const element = video.current;
    if (!element || !mediaStream) return;
    element.srcObject = mediaStream;
    element.play().catch(() => undefined);
  }, [mediaStream]);
  const [side, setSide] = useState<LegSide>(() => useViewStore.getState().leg);
  const [taps, setTaps] = useState<ImagePoint[]>([]);
  const [phase, setPhase] = useState<Phase>('setup');
  const [triedStart, setTriedStart] = useState(false);
  const [result, setResult] = useState<{ trace: Trace | null; saved: string | null } | null>(null);

  const line = useMemo(() => legLineOf(taps), [taps]);
  const anchors = useMemo(() => legAnchors(setup.context.landmarks), [setup]);
  const loop = useDetectionLoop(
    video,
    phase === 'checking' ? detector : null,
    phase === 'checking' ? line : null,
    anchors,
  );
  // The page checks the light while the leg is set, and while checking only where the detector
  // runs on the page; its worker judges each frame's light itself: read on the page, a frame's
  // pixels wait for the GPU that the detector keeps busy (half a second, blocking taps).
  const workerJudgesLight = phase === 'checking' && detector?.thread === 'worker';
  const pageDark = useFrameBrightness(
    video,
    live && (phase === 'setup' || (phase === 'checking' && !workerJudgesLight)),
  );
  const dark = (workerJudgesLight ? loop.dark : null) ?? pageDark;
  const samples = loop.tracker.samples;
  const strokes = useMemo(() => cameraStrokes(samples), [samples]);
  const heading = liveHeading(samples);
  const lastSample = samples.at(-1);
  const handFound = loop.tracker.framesWithoutHand === 0 && lastSample !== undefined;
  const palm = phase === 'checking' && handFound && lastSample ? lastSample.point : null;

  useEffect(() => {
    if (canvas.current) drawOverlay(canvas.current, { taps, palm, heading });
  }, [taps, palm, heading, size]);

  const problem: CameraProblem | null =
    stream.kind === 'failed'
      ? stream.problem
      : detectorState.kind === 'failed' || loop.failed
        ? 'detector-failed'
        : live && dark
          ? 'too-dark'
          : phase === 'checking' && loop.tracker.framesWithoutHand >= NO_HAND_FRAMES
            ? 'no-hand'
            : phase === 'setup' && triedStart && !line
              ? 'leg-not-set'
              : null;
  const canRetry = problem !== null && problem !== 'too-dark' && problem !== 'no-hand';

  const onTap = (event: PointerEvent<HTMLCanvasElement>) => {
    if (phase !== 'setup' || !live) return;
    const rect = event.currentTarget.getBoundingClientRect();
    const x = ((event.clientX - rect.left) / rect.width) * stream.width;
    const y = ((event.clientY - rect.top) / rect.height) * stream.height;
    // From the newest taps, not this render's: quick taps before a re-render all count.
    setTaps((current) => (current.length >= TAPS.length ? current : [...current, { x, y }]));
  };
  const onStart = () => {
    setTriedStart(true);
    if (line && detector) setPhase('checking');
  };
  const onFinish = () => {
    const trace = cameraTrace(side, samples);
    if (trace) submitTrace(trace, 'camera', setup);
    setResult({ trace, saved: null });
    setPhase('done');
  };

  const nextTap = TAPS[taps.length];
  return (
    <section
      className="camera-check"
      aria-labelledby="camera-check-title"
      data-testid="camera-check"
      data-detector={detectorState.kind}
      data-detector-thread={detector?.thread}
      data-stream={stream.kind}
      data-frames={loop.frames}
      data-detect-ms={loop.detectMs.join(',')}
      data-work-ms={loop.workMs.map((ms) => ms.toFixed(2)).join(',')}
    >
      <div className="camera-check-head">
        <h2 id="camera-check-title">{CAMERA_TEXT.title}</h2>
        <button
          type="button"
          className="trainer-button"
          data-testid="camera-close"
          onClick={onClose}
        >
          {CAMERA_TEXT.close}
        </button>
      </div>
      <p className="camera-privacy" data-testid="camera-privacy">
        {CAMERA_TEXT.privacy}
      </p>
      <div className="camera-check-body">
        <div
          className="camera-view"
          style={live ? { aspectRatio: `${stream.width} / ${stream.height}` } : undefined}
        >
          <video
            ref={video}
            muted
            playsInline
            aria-hidden="true"
            onLoadedMetadata={(event) =>
              setSize({
                width: event.currentTarget.videoWidth,
                height: event.currentTarget.videoHeight,
              })
            }
          />
          <canvas
            ref={canvas}
            width={live ? stream.width : 640}
            height={live ? stream.height : 480}
            data-testid="camera-taps"
            aria-label={nextTap && phase === 'setup' ? CAMERA_TEXT.tapPrompt(nextTap) : undefined}
            onPointerDown={onTap}
          />
          {phase === 'checking' && (
            <p
              className={`camera-heading camera-heading--${heading}`}
              data-testid="camera-heading"
              data-heading={heading}
            >
              {CAMERA_TEXT.heading[heading]}
            </p>
          )}
        </div>
        <div className="camera-check-side">
          {problem && (
            <div
              className="practice-error"
              role="alert"
              data-testid="camera-problem"
              data-problem={problem}
            >
              <p>{CAMERA_TEXT.problem[problem]}</p>
              {canRetry && (
                <button type="button" className="practice-button" onClick={onRetry}>
                  {CAMERA_TEXT.tryAgain}
                </button>
              )}
            </div>
          )}
          {stream.kind === 'starting' && <p className="practice-note">{CAMERA_TEXT.starting}</p>}
          {detectorState.kind === 'loading' && streamState.kind === 'ready' && (
            <p className="practice-note">{CAMERA_TEXT.loadingDetector}</p>
          )}
          {phase === 'setup' && stream.kind !== 'failed' && (
            <>
              <fieldset className="camera-side-choice">
                <legend>{CAMERA_TEXT.legSide}</legend>
                {(['right', 'left'] as const).map((option) => (
                  <label key={option}>
                    <input
                      type="radio"
                      name="camera-leg"
                      checked={side === option}
                      onChange={() => setSide(option)}
                    />{' '}
                    {CAMERA_TEXT.sideName(option)}
                  </label>
                ))}
              </fieldset>
              <p role="status" data-testid="camera-tap-prompt">
                {nextTap ? CAMERA_TEXT.tapPrompt(nextTap) : CAMERA_TEXT.tapsDone}
              </p>
              <div className="practice-row">
                <button
                  type="button"
                  className="practice-button"
                  disabled={taps.length === 0}
                  onClick={() => setTaps([])}
                >
                  {CAMERA_TEXT.resetTaps}
                </button>
                <button
                  type="button"
                  className="practice-button practice-button--primary"
                  data-testid="camera-start"
                  disabled={!detector || !live}
                  onClick={onStart}
                >
                  {CAMERA_TEXT.start}
                </button>
              </div>
            </>
          )}
          {phase !== 'setup' && (
            <>
              <p className="camera-count" data-testid="camera-good-strokes">
                {CAMERA_TEXT.goodStrokes(goodStrokeCount(strokes))}
              </p>
              {strokes.length > 0 && (
                <>
                  <h3>{CAMERA_TEXT.strokesLabel}</h3>
                  <ol className="camera-strokes" data-testid="camera-strokes">
                    {strokes.map((stroke) => (
                      <li
                        key={`${stroke.tFrom}-${stroke.heading}`}
                        data-heading={stroke.heading}
                        className={`camera-stroke--${stroke.heading}`}
                      >
                        {CAMERA_TEXT.strokeItem(stroke.heading === 'proximal')}
                      </li>
                    ))}
                  </ol>
                </>
              )}
            </>
          )}
          {phase === 'checking' && (
            <button
              type="button"
              className="practice-button practice-button--primary"
              data-testid="camera-finish"
              onClick={onFinish}
            >
              {CAMERA_TEXT.finish}
            </button>
          )}
          {phase === 'done' && result && (
            <div data-testid="camera-summary">
              <p>{result.trace ? CAMERA_TEXT.summaryShown : CAMERA_TEXT.noStrokes}</p>
              {result.trace && (
                <button
                  type="button"
                  className="practice-button"
                  data-testid="camera-export"
                  onClick={() =>
                    result.trace && setResult({ ...result, saved: downloadTrace(result.trace) })
                  }
                >
                  {CAMERA_TEXT.exportTrace}
                </button>
              )}
              {result.saved && <p role="status">{CAMERA_TEXT.exported(result.saved)}</p>}
            </div>
          )}
          <SafetyStrip contraindications={protocol.contraindications} />
        </div>
      </div>
    </section>
  );
}
