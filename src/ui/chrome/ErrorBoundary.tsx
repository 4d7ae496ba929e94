import { Component, type ErrorInfo, type ReactNode } from 'react';

interface Props {
  /** What failed, in the reader's words: "this widget", "this page". */
  readonly what: string;
  readonly children: ReactNode;
  /** Changing this key clears the error (e.g. on navigation). */
  readonly resetKey?: string;
}

interface State {
  readonly error: Error | null;
}

/**
 * Contains a crash to the part of the page that crashed. Used once around the whole app and once
 * around every widget slot, so a broken widget never takes the lesson around it down.
 */
export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override componentDidUpdate(prev: Props): void {
    if (prev.resetKey !== this.props.resetKey && this.state.error) this.setState({ error: null });
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    // Keep the stack for whoever opens the console; the reader gets a plain message.
    console.warn(`Serving Lab: ${this.props.what} failed`, error, info.componentStack);
  }

  override render(): ReactNode {
    const { error } = this.state;
    if (!error) return this.props.children;
    return (
      <div role="alert" className="error-box">
        <p>
          <strong>Sorry — {this.props.what} stopped working.</strong> The rest of the page is fine.
        </p>
        <p className="muted">{error.message}</p>
        <button type="button" className="btn" onClick={() => this.setState({ error: null })}>
          Try again
        </button>
      </div>
    );
  }
}
