-- @model assistance
-- @grain one row per assistance activity the edition's state received.
--
-- Assistance in a state edition: a WHERE condition on the assistance extract.
recipient_state = getvariable('edition_state')
