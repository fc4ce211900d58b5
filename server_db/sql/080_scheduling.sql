-- placeholder: filled by the clinic issue
DO $$ BEGIN END $$;
