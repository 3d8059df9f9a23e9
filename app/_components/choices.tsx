import { isShortNameUseful } from "@/lib/actors/label";
import type { TaxonomyOption } from "@/lib/actors/queries";

interface ChoicesProps {
  name: string;
  legend: string;
  options: TaxonomyOption[];
  chosen: string[];
}

/** A group of checkboxes that submit as repeated keys (`actor=jd&actor=bfd`). */
export function Choices({ name, legend, options, chosen }: ChoicesProps) {
  return (
    <fieldset className="choices">
      <legend>{legend}</legend>
      <ul>
        {options.map((option) => (
          <li key={option.slug}>
            <label>
              <input type="checkbox" name={name} value={option.slug} defaultChecked={chosen.includes(option.slug)} />{" "}
              {isShortNameUseful({ name: option.title, shortName: option.label }) ? `${option.title} (${option.label})` : option.title}
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
