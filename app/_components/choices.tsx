import { isShortNameUseful } from "@/lib/actors/label";
import type { TaxonomyOption } from "@/lib/actors/queries";

interface ChoicesProps {
  name: string;
  legend: string;
  options: TaxonomyOption[];
  chosen: string[];
  /** Sort the boxes by the words they show, in this language's order (not for a fixed order such as kinds). */
  collation?: "nb" | "en";
}

/** A group of checkboxes that submit as repeated keys (`actor=jd&actor=bfd`). */
export function Choices({ name, legend, options, chosen, collation }: ChoicesProps) {
  const shown = options.map((option) => ({
    slug: option.slug,
    text: isShortNameUseful({ name: option.title, shortName: option.label }) ? `${option.title} (${option.label})` : option.title,
  }));
  // The menus order actors by short name; a list that shows full names is read by those.
  if (collation) {
    const collator = new Intl.Collator(collation);
    shown.sort((a, b) => collator.compare(a.text, b.text));
  }
  return (
    <fieldset className="choices">
      <legend>{legend}</legend>
      <ul>
        {shown.map((option) => (
          <li key={option.slug}>
            <label>
              <input type="checkbox" name={name} value={option.slug} defaultChecked={chosen.includes(option.slug)} /> {option.text}
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
