-- The content version is announced on the channel "fristvakt_content_version" with its new
-- value, delivered at commit (PostgreSQL holds notifications until then), so every instance
-- holds the current version in memory and answers a feed's 304 or a kept page without asking.
CREATE OR REPLACE FUNCTION "bump_content_version"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  raised BIGINT;
BEGIN
  IF current_setting('fristvakt.content_bumped_in', true) IS DISTINCT FROM pg_current_xact_id()::text THEN
    UPDATE "content_version" SET "version" = "version" + 1 WHERE "id" = 1 RETURNING "version" INTO raised;
    PERFORM set_config('fristvakt.content_bumped_in', pg_current_xact_id()::text, true);
    PERFORM pg_notify('fristvakt_content_version', raised::text);
  END IF;
  RETURN NULL;
END;
$$;

CREATE OR REPLACE FUNCTION "bump_content_version_now"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  raised BIGINT;
BEGIN
  UPDATE "content_version" SET "version" = "version" + 1 WHERE "id" = 1 RETURNING "version" INTO raised;
  PERFORM pg_notify('fristvakt_content_version', raised::text);
  RETURN NULL;
END;
$$;
