-- AlterTable
ALTER TABLE "organisation" ADD COLUMN     "responses_version" BIGINT NOT NULL DEFAULT 0;

-- An organisation's responses version is raised whenever one of its responses is written or
-- removed, once per statement (a bulk import raises it once), so that "Mine frister" can be
-- kept between requests and is read again after any change. In the writer's transaction: a
-- reader that sees the new version also sees the data that raised it.
CREATE FUNCTION "bump_responses_version"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    UPDATE "organisation" SET "responses_version" = "responses_version" + 1
      WHERE "id" IN (SELECT "organisation_id" FROM "changed_rows");
  END IF;
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    UPDATE "organisation" SET "responses_version" = "responses_version" + 1
      WHERE "id" IN (SELECT "organisation_id" FROM "former_rows");
  END IF;
  RETURN NULL;
END;
$$;

CREATE TRIGGER "response_insert_responses_version" AFTER INSERT ON "response"
  REFERENCING NEW TABLE AS "changed_rows" FOR EACH STATEMENT EXECUTE FUNCTION "bump_responses_version"();
CREATE TRIGGER "response_update_responses_version" AFTER UPDATE ON "response"
  REFERENCING OLD TABLE AS "former_rows" NEW TABLE AS "changed_rows" FOR EACH STATEMENT EXECUTE FUNCTION "bump_responses_version"();
CREATE TRIGGER "response_delete_responses_version" AFTER DELETE ON "response"
  REFERENCING OLD TABLE AS "former_rows" FOR EACH STATEMENT EXECUTE FUNCTION "bump_responses_version"();

CREATE FUNCTION "bump_all_responses_versions"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "organisation" SET "responses_version" = "responses_version" + 1;
  RETURN NULL;
END;
$$;
CREATE TRIGGER "response_truncate_responses_version" AFTER TRUNCATE ON "response"
  FOR EACH STATEMENT EXECUTE FUNCTION "bump_all_responses_versions"();

-- A response shows the names of the colleague responsible and of the last editor: renaming
-- a user raises the version of every organisation with a response that names them.
CREATE FUNCTION "bump_responses_version_for_user"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "organisation" SET "responses_version" = "responses_version" + 1
    WHERE "id" IN (
      SELECT "organisation_id" FROM "response" WHERE "responsible_user_id" = NEW."id" OR "updated_by_id" = NEW."id"
    );
  RETURN NULL;
END;
$$;
CREATE TRIGGER "app_user_name_responses_version" AFTER UPDATE OF "name" ON "app_user"
  FOR EACH ROW WHEN (OLD."name" IS DISTINCT FROM NEW."name") EXECUTE FUNCTION "bump_responses_version_for_user"();
