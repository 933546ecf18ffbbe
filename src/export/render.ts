/**
 * The canvas exports, loaded by the export menu only when a reader asks for one, as one
 * chunk: the view image, the phase sheet, the map painter, and saving a file.
 */

export { MapPainter } from './canvasMap.ts';
export { renderPhaseSheet } from './phaseSheet.ts';
export { canvasToBlob, saveBlob } from './saveFile.ts';
export { composeView } from './viewImage.ts';
