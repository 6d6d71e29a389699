/**
 * Catches a part of the app that failed to load or crashed, so the page never goes blank: it says
 * which part failed and why, offers to load it again, and keeps the safety rules in view.
 * `catches` narrows what it handles (the stage handles only code that did not load; a crash of
 * the 3D view goes on to its own boundary); anything else goes to the boundary above.
 */
import { Component, type ReactNode } from 'react';
import { reasonOf } from '../../i18n/reason';
import { LAZY_TEXT, strings } from '../strings';
import { ChunkLoadError } from './lazyPart';
import { ReloadPageButton } from './ReloadPageButton';
import './faults.css';

interface Props {
  /** The part, as the user knows it ("Practice mode"). */
  part: string;
  children: ReactNode;
  /** Forget the failed part before it is rendered again (`LazyPart.reload`). */
  onRetry?: () => void;
  catches?: (error: unknown) => boolean;
  /** Shown under the message, e.g. the method as text in place of the 3D view. */
  below?: ReactNode;
  /** Without the safety rules, where they are on screen already (the text view below). */
  withoutSafety?: boolean;
  /**
   * Inside the 3D scene, where no page text can be drawn: show nothing there and hand the
   * message and the retry to `report`, for a panel to show.
   */
  report?: (message: string, retry: () => void) => void;
}

interface State {
  error: unknown;
}

export const isChunkLoadError = (error: unknown): boolean => error instanceof ChunkLoadError;

export class PartErrorBoundary extends Component<Props, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: unknown): State {
    return { error };
  }

  override componentDidCatch(error: unknown): void {
    if (this.props.catches && !this.props.catches(error)) return;
    console.warn(`Proximal: ${this.props.part} failed and was replaced by a message.`, error);
    this.props.report?.(`${this.headline(error)} ${LAZY_TEXT.reason(reasonOf(error))}`, this.retry);
  }

  private headline(error: unknown): string {
    return isChunkLoadError(error)
      ? LAZY_TEXT.failed(this.props.part)
      : LAZY_TEXT.crashed(this.props.part);
  }

  private readonly retry = () => {
    this.props.onRetry?.();
    this.setState({ error: null });
  };

  override render(): ReactNode {
    const { error } = this.state;
    if (error === null) return this.props.children;
    if (this.props.catches && !this.props.catches(error)) throw error;
    if (this.props.report) return null;
    return (
      <div className="part-failed" data-testid="part-failed">
        <div className="part-failed-message" role="alert">
          <p>
            <strong>{this.headline(error)}</strong> {LAZY_TEXT.reason(reasonOf(error))}
          </p>
          <p>{isChunkLoadError(error) ? LAZY_TEXT.whyLoading : LAZY_TEXT.whyCrashed}</p>
          <div className="part-failed-actions">
            <button type="button" className="trainer-button" onClick={this.retry}>
              {LAZY_TEXT.retry}
            </button>
            <ReloadPageButton />
          </div>
        </div>
        {this.props.withoutSafety !== true && (
          <div className="part-failed-safety" data-testid="part-failed-safety">
            <p>
              <strong>{strings.loadError.safety}</strong>
            </p>
            <p>{strings.app.notDiagnosis}</p>
          </div>
        )}
        {this.props.below}
      </div>
    );
  }
}
