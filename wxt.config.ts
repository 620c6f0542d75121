import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

// Manifest and build settings for Chrome (MV3) and Firefox.
// `imports: false` keeps every name visibly imported (no auto-imports), so the
// rings of design.md stay readable from the import lines alone.
export default defineConfig({
  imports: false,
  manifestVersion: 3,
  manifest: {
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'vi',
    // No host permissions: the extract script is injected into the clipped
    // tab only, under the temporary grant of activeTab.
    permissions: ['activeTab', 'scripting', 'contextMenus', 'storage', 'unlimitedStorage'],
    action: { default_title: '__MSG_actionTitle__' },
    commands: {
      'clip-page': {
        suggested_key: { default: 'Alt+Shift+K' },
        description: '__MSG_commandClip__',
      },
    },
    browser_specific_settings: {
      gecko: { id: 'bantin@bantin.app', strict_min_version: '128.0' },
    },
  },
  vite: () => ({
    plugins: [preact()],
  }),
});
