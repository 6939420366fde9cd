-- Accent folding for the directory search (decision 042): "Lemaitre" finds "Lemaître",
-- "francois" finds "François". Plain SQL (translate/replace/lower), so it is the same on
-- PGlite and PostgreSQL without the unaccent extension; IMMUTABLE, so generated columns and
-- indexes can use it.
CREATE OR REPLACE FUNCTION sif_fold(text) RETURNS text
	LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
	AS $$ SELECT lower(translate(replace(replace(replace(replace(replace(replace($1, 'Œ', 'OE'), 'œ', 'oe'), 'Æ', 'AE'), 'æ', 'ae'), 'ß', 'ss'), 'ĳ', 'ij'),
		'ÀÁÂÃÄÅĀĂĄàáâãäåāăąÇĆČçćčĎĐďđÈÉÊËĒĖĘĚèéêëēėęěĞğÌÍÎÏİĪìíîïıīŁłÑŃŇñńňÒÓÔÕÖØŐŌòóôõöøőōŘřŚŠŞśšşŢŤţťÙÚÛÜŰŪŮùúûüűūůÝŸýÿŹŻŽźżž',
		'AAAAAAAAAaaaaaaaaaCCCcccDDddEEEEEEEEeeeeeeeeGgIIIIIIiiiiiiLlNNNnnnOOOOOOOOooooooooRrSSSsssTTttUUUUUUUuuuuuuuYYyyZZZzzz')) $$;
