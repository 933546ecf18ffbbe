/**
 * The buttons under the slider: the previous and next event, play (a toggle, pressed
 * while playing) and the playback speed, so that nothing needs dragging.
 */
import { t } from '../i18n/index.ts';
import { PLAY_SPEEDS, type PlaySpeed } from '../store/appStore.ts';
import { useApp, useAppStoreApi } from '../store/StoreProvider.tsx';
import { selectLang, selectPlaying, selectSpeed } from '../store/selectors.ts';
import { Icon } from './Icon.tsx';

export function PlayControls() {
  const actions = useAppStoreApi().getState();
  const lang = useApp(selectLang);
  const playing = useApp(selectPlaying);
  const speed = useApp(selectSpeed);
  return (
    <div className="timeline-controls">
      <EventStepButton
        icon="previous"
        label={t(lang, 'timeline.previousEvent')}
        onClick={actions.goToPreviousEvent}
      />
      {/* A toggle keeps its name (WAI-ARIA's button pattern): "Play", pressed while
          playing; the icon shows what a press will do. */}
      <button
        type="button"
        className="play-button"
        aria-pressed={playing}
        onClick={actions.togglePlay}
      >
        <Icon name={playing ? 'pause' : 'play'} />
        {t(lang, 'timeline.play')}
      </button>
      <EventStepButton
        icon="next"
        label={t(lang, 'timeline.nextEvent')}
        onClick={actions.goToNextEvent}
      />
      <label className="speed">
        <span>{t(lang, 'timeline.speed')}</span>
        <select
          value={speed}
          onChange={(event) => actions.setSpeed(Number(event.currentTarget.value) as PlaySpeed)}
        >
          {PLAY_SPEEDS.map((value) => (
            <option key={value} value={value}>
              {value}×
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}

/** Previous or next event: an icon, named by its label, which is also its tooltip. */
function EventStepButton({
  icon,
  label,
  onClick,
}: {
  icon: 'previous' | 'next';
  label: string;
  onClick: () => void;
}) {
  return (
    <button type="button" onClick={onClick} aria-label={label} title={label}>
      <Icon name={icon} />
    </button>
  );
}
