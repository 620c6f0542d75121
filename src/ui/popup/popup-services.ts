import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { SendMessage } from '../../platform/messaging/send-message.ts';
import type { PopupData } from './popup-data.ts';

// Everything the popup asks of the browser and the background, behind one
// interface: the real one loads its heavy parts lazily, tests pass fakes.

export interface PopupServices {
  /** The tab the popup was opened over. */
  activeTabId(): Promise<number | undefined>;
  send: SendMessage;
  /** The keys of the clip shortcut as the browser has them ('' when none is set). */
  shortcut(): Promise<string>;
  /** Opens the library in a tab, at one clip when given. */
  openLibrary(clipId?: string): void;
  openOptions(): void;
  /** The library database, opened on first use (slow on a cold browser start). */
  data(): Promise<PopupData>;
  /** Whether the review panel opens after a clip made from the popup (settings). */
  reviewAfterClip(): Promise<boolean>;
}

export const PopupServicesContext = createContext<PopupServices | undefined>(undefined);

export function usePopupServices(): PopupServices {
  const services = useContext(PopupServicesContext);
  if (!services) throw new Error('PopupServicesContext is not provided');
  return services;
}
