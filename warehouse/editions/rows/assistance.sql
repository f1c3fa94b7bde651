-- Assistance in a state edition: the activities the state received.
recipient_state = getvariable('edition_state')
