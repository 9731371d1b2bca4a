import { useMemo } from 'react';
import { useApp } from '../../app/useApp';
import { sectionLabel } from '../briefing/briefingOps';

/** The briefing's sections as the Reader's "Section" chooser lists them, and the one chosen (else the first). */
export function useTargetSection() {
  const briefingSections = useApp((s) => s.briefing?.sections);
  const targetId = useApp((s) => s.targetSectionId);
  const setTarget = useApp((s) => s.setTargetSection);
  const sections = useMemo(() => (briefingSections ?? []).map((section) => ({ id: section.id, label: sectionLabel(section) })), [briefingSections]);
  const target = sections.find((section) => section.id === targetId) ?? sections[0];
  return { sections, target, setTarget };
}
