// The document's FR/EN text tables use the one shared-content mechanism (shared/text): pick a language, fill
// {placeholders}, choose singular or plural, typeset.
export { frenchSpacing, plural, tr, type Text } from '../../text';
