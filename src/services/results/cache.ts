/**
 * Rendered results, shared by every reader. A view is recomputed when the
 * log has grown and the copy is older than `maxAgeMs` (default 1 s), so on
 * election night one computation serves every request of that second, and
 * a quiet log serves the same bytes until it moves. The entity tag is the
 * log size the view was computed at: a view is a function of the log (and of
 * the region and TPS registry, which change rarely), so it can be a static
 * file keyed by that size behind any CDN.
 */
export interface CachedView {
  readonly body: string;
  readonly etag: string;
  /** The projection's state it was computed at (`Ingest.version`: rebuilds, then size). */
  readonly version: string;
}

export class ViewCache {
  readonly #views = new Map<string, { at: number; view: CachedView }>();
  readonly #computing = new Map<string, Promise<CachedView>>();

  constructor(
    private readonly maxAgeMs = 1000,
    private readonly maxViews = 20_000,
    private readonly clock: () => number = Date.now,
  ) {}

  /** The view as `{"data": …}` (the API's envelope), or as it is with `raw` (Sirekap's files). */
  async get(
    key: string,
    version: string,
    compute: () => Promise<unknown>,
    options: { raw?: boolean } = {},
  ): Promise<CachedView> {
    const hit = this.#views.get(key);
    if (hit !== undefined && (hit.view.version === version || this.clock() - hit.at < this.maxAgeMs))
      return hit.view;
    const running = this.#computing.get(key);
    if (running !== undefined) return running;
    const job = (async () => {
      const value = await compute();
      const body = JSON.stringify(options.raw === true ? value : { data: value });
      const view = { body, etag: `"${version}"`, version };
      if (this.#views.size >= this.maxViews) this.#views.clear();
      this.#views.set(key, { at: this.clock(), view });
      return view;
    })().finally(() => this.#computing.delete(key));
    this.#computing.set(key, job);
    return job;
  }
}
