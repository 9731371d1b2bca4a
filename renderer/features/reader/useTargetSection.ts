import { useMemo } from 'react';
import { useApp } from '../../app/useApp';
import { sectionLabel } from '../briefing/briefingOps';
import { hasRoutingRules } from '../templates/routeAccepted';

/** The briefing's sections as the Reader's "Section" chooser lists them, and the one chosen (else the first). */
export function useTargetSection() {
  const briefingSections = useApp((s) => s.briefing?.sections);
  const targetId = useApp((s) => s.targetSectionId);
  const setTarget = useApp((s) => s.setTargetSection);
  const sections = useMemo(() => (briefingSections ?? []).map((section) => ({ id: section.id, label: sectionLabel(section) })), [briefingSections]);
  const target = sections.find((section) => section.id === targetId) ?? sections[0];
  // A briefing made from a template with routing rules: accepted items follow the rules until the analyst picks a section.
  const briefingId = useApp((s) => s.briefing?.id ?? null);
  const pickedFor = useApp((s) => s.targetPickedFor);
  const routeByRules = useApp((s) => s.routeByRules);
  const hasRules = useMemo(() => hasRoutingRules(briefingSections ? { sections: briefingSections } : null), [briefingSections]);
  const byRules = hasRules && pickedFor !== briefingId;
  return { sections, target, setTarget, hasRules, byRules, routeByRules };
}
