import type { EditorMessages } from "@/lib/i18n/messages/editor-nb";
import type { ProposedItem } from "@/lib/import/extract";

type Labels = EditorMessages["import"]["confidence"];

const fill = (text: string, words: string) => text.replace("{words}", words);

/** How sure the reader is of one proposal, and why: the words that gave its date and its year. */
export function ConfidenceCell({ item, labels }: { item: ProposedItem; labels: Labels }) {
  const { level, reasons } = item.confidence;
  return (
    <td className="confidence-cell">
      <span className={`confidence-badge confidence-${level}`}>{labels.levels[level]}</span>
      <ul className="confidence-reasons">
        {reasons.map((reason, i) => (
          <li key={i}>
            {reason.code === "date" && fill(labels.date, reason.words)}
            {reason.code === "year" && fill(labels.years[reason.source], reason.words)}
            {reason.code === "soft" && fill(labels.soft, reason.words)}
            {reason.code === "warning" && labels.warning}
          </li>
        ))}
      </ul>
      {item.warnings.length > 0 && (
        <ul className="confidence-warnings">
          {item.warnings.map((warning) => (
            <li key={warning}>{warning}</li>
          ))}
        </ul>
      )}
    </td>
  );
}
