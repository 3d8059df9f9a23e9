-- CreateTable
CREATE TABLE "content_version" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "version" BIGINT NOT NULL DEFAULT 0,

    CONSTRAINT "content_version_pkey" PRIMARY KEY ("id")
);

-- The single row.
ALTER TABLE "content_version" ADD CONSTRAINT "content_version_single_row" CHECK ("id" = 1);
INSERT INTO "content_version" ("id", "version") VALUES (1, 0);

-- Raises the version once per transaction, at its commit: deferred, so the row is locked only
-- for the last moment of a transaction (no writer waits long on another, none deadlocks), and
-- a reader that sees the new version also sees the data that raised it.
CREATE FUNCTION "bump_content_version"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF current_setting('fristvakt.content_bumped_in', true) IS DISTINCT FROM pg_current_xact_id()::text THEN
    UPDATE "content_version" SET "version" = "version" + 1 WHERE "id" = 1;
    PERFORM set_config('fristvakt.content_bumped_in', pg_current_xact_id()::text, true);
  END IF;
  RETURN NULL;
END;
$$;

CREATE CONSTRAINT TRIGGER "item_content_version" AFTER INSERT OR UPDATE OR DELETE ON "item"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "bump_content_version"();
CREATE CONSTRAINT TRIGGER "item_topic_content_version" AFTER INSERT OR UPDATE OR DELETE ON "item_topic"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "bump_content_version"();
CREATE CONSTRAINT TRIGGER "actor_content_version" AFTER INSERT OR UPDATE OR DELETE ON "actor"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "bump_content_version"();
CREATE CONSTRAINT TRIGGER "topic_content_version" AFTER INSERT OR UPDATE OR DELETE ON "topic"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "bump_content_version"();
CREATE CONSTRAINT TRIGGER "source_content_version" AFTER INSERT OR UPDATE OR DELETE ON "source"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "bump_content_version"();

-- TRUNCATE has no row triggers: one per statement instead.
CREATE FUNCTION "bump_content_version_now"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "content_version" SET "version" = "version" + 1 WHERE "id" = 1;
  RETURN NULL;
END;
$$;
CREATE TRIGGER "item_truncate_content_version" AFTER TRUNCATE ON "item" FOR EACH STATEMENT EXECUTE FUNCTION "bump_content_version_now"();
CREATE TRIGGER "item_topic_truncate_content_version" AFTER TRUNCATE ON "item_topic" FOR EACH STATEMENT EXECUTE FUNCTION "bump_content_version_now"();
CREATE TRIGGER "actor_truncate_content_version" AFTER TRUNCATE ON "actor" FOR EACH STATEMENT EXECUTE FUNCTION "bump_content_version_now"();
CREATE TRIGGER "topic_truncate_content_version" AFTER TRUNCATE ON "topic" FOR EACH STATEMENT EXECUTE FUNCTION "bump_content_version_now"();
CREATE TRIGGER "source_truncate_content_version" AFTER TRUNCATE ON "source" FOR EACH STATEMENT EXECUTE FUNCTION "bump_content_version_now"();
