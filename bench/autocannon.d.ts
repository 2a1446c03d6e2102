// The part of autocannon 8's programmatic API the harness uses (the package ships no types).
declare module 'autocannon' {
  /** One request of `requests`; the fields left out come from the options (url, method, headers, body). */
  interface RequestSpec {
    method?: 'GET' | 'POST';
    path?: string;
    headers?: Record<string, string>;
    body?: string;
    /**
     * Called before every request is built (each connection builds its own, synchronously before
     * writing it), so each request may send its own body.
     */
    setupRequest?: (request: RequestSpec, context: Record<string, unknown>) => RequestSpec;
    /** Called with every answer to this request, its body as text. */
    onResponse?: (status: number, body: string, context: Record<string, unknown>) => void;
  }
  interface Options {
    url: string;
    connections?: number;
    duration?: number;
    method?: 'GET' | 'POST';
    headers?: Record<string, string>;
    body?: string;
    warmup?: { connections?: number; duration?: number };
    timeout?: number;
    /** Called once per connection; lets each connection send its own body. */
    setupClient?: (client: { setBody(body: string): void }) => void;
    /** Requests sent in turn by every connection. */
    requests?: RequestSpec[];
  }
  interface Histogram {
    average: number;
    mean: number;
    p50: number;
    p99: number;
    max: number;
    totalCount?: number;
  }
  interface Result {
    duration: number;
    errors: number;
    timeouts: number;
    non2xx: number;
    '2xx': number;
    latency: Histogram;
    requests: Histogram & { total: number };
  }
  interface Instance extends PromiseLike<Result> {
    stop(): void;
    /** One event per response of the measured run (not the warm-up); the time is in ms, not rounded. */
    on(
      event: 'response',
      listener: (client: unknown, statusCode: number, resBytes: number, responseTimeMs: number) => void,
    ): this;
  }
  function autocannon(opts: Options): Instance;
  export default autocannon;
  export type { Options, RequestSpec, Result };
}
