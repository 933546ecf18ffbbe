// @mapbox/geojsonhint ships no types; what the validity test uses of it.
declare module '@mapbox/geojsonhint' {
  export interface Hint {
    message: string;
    line?: number;
  }
  export function hint(text: string, options?: { precisionWarning?: boolean }): Hint[];
}
