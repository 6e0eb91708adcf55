// The facilitation feature's front door: the agenda, the timer bar, the presenter and room screens, and the session length.
export { AudienceScreen } from './presenter/AudienceScreen';
export { usePresentationSync } from './presenter/usePresentationSync';
export { Agenda } from './Agenda';
export { FacilitationBar } from './FacilitationBar';
export { FacilitationLayer } from './FacilitationLayer';
export { StepExtras } from './StepExtras';
export { facilitationUi } from './ui';
export { DEFAULT_AGENDA_MINUTES, DEFAULT_SESSION_MINUTES } from './fit';
export { parseSessionMinutes, SESSION_MAX, SESSION_MIN, SESSION_QUESTION, SESSION_STEP } from './ids';
