/**
 * One attempt at loading the data, as the app's effect runs it: the first attempt uses
 * the download main.tsx started before React, each Try again fetches anew. Its result is
 * applied only while the attempt is current; the function it returns (the effect's
 * cleanup) leaves it, when a newer attempt starts or the app is gone. A result that
 * arrives after that, however late, is ignored, so a slow first response can never
 * overwrite a newer one.
 */
export function startDataAttempt<Result>({
  attempt,
  firstLoad,
  load,
  apply,
}: {
  /** 0 for the first load; each Try again adds one. */
  attempt: number;
  firstLoad: Promise<Result> | undefined;
  load: () => Promise<Result>;
  apply: (result: Result) => void;
}): () => void {
  const download = attempt === 0 && firstLoad ? firstLoad : load();
  let current = true;
  void download.then((result) => {
    if (current) apply(result);
  });
  return () => {
    current = false;
  };
}
