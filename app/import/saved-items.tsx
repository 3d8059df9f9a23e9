import Link from "next/link";

/** After a save: what was saved, with a link to each item created, so the editor can go on from there. */
export function SavedItems({ message, saved, heading }: { message: string; saved: { id: string; title: string }[]; heading: string }) {
  return (
    <div className="saved-items">
      <p className="notice success" role="status">
        {message}
      </p>
      {saved.length > 0 && (
        <>
          <h3>{heading}</h3>
          <ul>
            {saved.map((item) => (
              <li key={item.id}>
                <Link href={`/items/${item.id}`}>{item.title}</Link>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
