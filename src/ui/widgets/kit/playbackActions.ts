import type { WidgetAction } from './actions.ts';
import { changeSpeed, pause, seek, step, togglePlay, updatePlayback, type WithPlayback } from './playback.ts';

/**
 * The standard timeline actions every playing widget offers, with their shortcuts:
 * play/pause (Space, K), step back/forward (← →, or , .), first/last (Home End), slower/faster ([ ]).
 */
export function playbackActions<S extends WithPlayback>(): WidgetAction<S>[] {
  const notEmpty = (s: S) => s.playback.frameCount > 1;
  return [
    {
      id: 'play',
      label: (s) => (s.playback.playing ? 'Pause' : 'Play'),
      help: 'Play / pause',
      shortcut: ['Space', 'k'],
      enabled: notEmpty,
      pressed: (s) => s.playback.playing,
      perform: (api) => updatePlayback(api, togglePlay),
    },
    {
      id: 'step-back',
      label: 'Step back',
      shortcut: ['ArrowLeft', ','],
      enabled: (s) => s.playback.frame > 0,
      perform: (api) => updatePlayback(api, (p) => step(p, -1)),
    },
    {
      id: 'step-forward',
      label: 'Step forward',
      shortcut: ['ArrowRight', '.'],
      enabled: (s) => s.playback.frame < s.playback.frameCount - 1,
      perform: (api) => updatePlayback(api, (p) => step(p, 1)),
    },
    {
      id: 'seek-start',
      label: 'Go to start',
      shortcut: ['Home'],
      enabled: (s) => s.playback.frame > 0,
      perform: (api) => updatePlayback(api, (p) => pause(seek(p, 0))),
    },
    {
      id: 'seek-end',
      label: 'Go to end',
      shortcut: ['End'],
      enabled: (s) => s.playback.frame < s.playback.frameCount - 1,
      perform: (api) => updatePlayback(api, (p) => pause(seek(p, p.frameCount - 1))),
    },
    { id: 'slower', label: 'Slower', shortcut: ['['], enabled: (s) => s.playback.speed > 0.25, perform: (api) => updatePlayback(api, (p) => changeSpeed(p, -1)) },
    { id: 'faster', label: 'Faster', shortcut: [']'], enabled: (s) => s.playback.speed < 64, perform: (api) => updatePlayback(api, (p) => changeSpeed(p, 1)) },
  ];
}
