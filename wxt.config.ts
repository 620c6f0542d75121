import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

// Manifest and build settings for Chrome and Firefox, both Manifest V3.
// `imports: false` keeps every name visibly imported (no auto-imports), so the
// rings of design.md stay readable from the import lines alone.
export default defineConfig({
  imports: false,
  manifestVersion: 3,
  manifest: ({ browser, mode }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'vi',
    // No host permissions: the extract script is injected into the clipped
    // tab only, under the temporary grant of activeTab.
    permissions: ['activeTab', 'scripting', 'contextMenus', 'storage', 'unlimitedStorage'],
    // The end-to-end suite and the demo drive the extension from a script,
    // where no user gesture grants activeTab; their build (`--mode e2e`,
    // written to .output/<browser>-mv3-e2e) may reach the local test server
    // and nothing else. The production build has no host permission at all.
    ...(mode === 'e2e' ? { host_permissions: ['http://127.0.0.1/*'] } : {}),
    action: { default_title: '__MSG_actionTitle__' },
    commands: {
      'clip-page': {
        suggested_key: { default: 'Alt+Shift+K' },
        description: '__MSG_commandClip__',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'bantin@bantin.app',
              strict_min_version: '128.0',
              // Bantin keeps everything in the browser and sends nothing anywhere.
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
  vite: () => ({
    plugins: [preact()],
    build: {
      modulePreload: {
        // The popup's first frame is the static shell of its HTML. With its
        // script's imports preloaded in parallel, the script is often ready
        // before that frame and the frame waits for it; without, the shell
        // paints first and the popup is live as soon (measured in Chromium on
        // 2 busy cores, 100 interleaved opens, twice: first paint median
        // 196 -> 164 ms, interactive the same). Other pages keep their preloads.
        resolveDependencies: (_file, deps, { hostId, hostType }) =>
          hostType === 'html' && /[\\/]popup[\\/]index\.html$/.test(hostId) ? [] : deps,
      },
    },
  }),
});
