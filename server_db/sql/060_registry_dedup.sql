-- placeholder: filled by the reception issue
DO $$ BEGIN END $$;
