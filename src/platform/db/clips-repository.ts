// The `articles` and `bodies` tables, reached only through these functions.
// Each concern lives in its own file under clips/; this module is the one
// door the UI and the background import.

export { deleteClips, restoreClips, type DeletedClips } from './clips/clip-deletion.ts';
export { facetCounts, type FacetCounts, type FacetValueCount } from './clips/clip-facets.ts';
export { type ClipFilter } from './clips/clip-filter.ts';
export { countClips, listClipIds, listClips, type ClipOrder, type ClipPage, type ListQuery } from './clips/clip-listing.ts';
export {
  discardClip,
  findClipsByUrl,
  getClip,
  getClipDetails,
  getClips,
  markClipFailed,
  putClip,
  saveClipContent,
  type ClipDetails,
} from './clips/clip-records.ts';
export { addTags, allTags, removeTags, renameTag, updateClipNotes } from './clips/clip-tags.ts';
export { findSameStory, type SameStory } from './clips/same-story.ts';
