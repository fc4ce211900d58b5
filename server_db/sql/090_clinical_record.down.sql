-- placeholder
DO $$ BEGIN END $$;
