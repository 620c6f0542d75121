import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { captureDocument, readSelection } from '../src/platform/clip/capture-document.ts';

// Injected on demand into the tab being clipped (scripting.executeScript with
// files: ['/extract.js']); WXT builds it as an anonymous IIFE whose value,
// the capture returned here, is the script's result in the background.
export default defineUnlistedScript(() => captureDocument(document, location.href, readSelection(window)));
