/**
 * The names of the contract's methods, without their schemas, for the sandboxed preload (which should
 * not carry zod). `contract.ts` checks at compile time that this list and the contract agree.
 */
export const METHOD_NAMES = [
  'listArticles',
  'getArticle',
  'importFiles',
  'importText',
  'importUrl',
  'readFeed',
  'listFeeds',
  'updateArticle',
  'deleteArticle',
  'listBriefings',
  'getBriefing',
  'createBriefing',
  'saveBriefing',
  'exportDocx',
  'getUsage',
  'addWordTemplate',
  'listWordTemplates',
  'searchArticles',
  'compareSources',
  'getSettings',
  'saveSettings',
  'linkArticles',
  'listTemplates',
  'getTemplate',
  'saveTemplate',
  'deleteTemplate',
  'duplicateTemplate',
  'importTemplate',
  'exportTemplate',
  'createBriefingFromTemplate',
  'saveBriefingAsTemplate',
  'autoPlaceSuggestions',
  'exportBriefingBundle',
  'importBriefingBundle',
  'duplicateBriefing',
  'deleteBriefing',
  'listTrash',
  'restoreBriefing',
  'emptyTrash',
  'createBriefingFromPrevious',
  'exportMarkdown',
  'renderEmail',
  'exportPdf',
] as const;

export type MethodName = (typeof METHOD_NAMES)[number];

export function channelOf(method: MethodName): string {
  return `app:${method}`;
}

/**
 * Events the desktop app's main process sends to the page. The preload turns each into
 * `window.api.on<Event>(callback)`, which answers an unsubscribe function (see `DesktopEvents`).
 */
export const EVENT_NAMES = ['command', 'briefingOpened', 'articlesImported'] as const;
export type EventName = (typeof EVENT_NAMES)[number];

export function eventChannelOf(event: EventName): string {
  return `app-event:${event}`;
}
