-- The TOTP secret is stored encrypted (AES-GCM, "v1." + base64url of nonce, ciphertext and tag:
-- 83 characters for a 160-bit secret). Secrets stored before stay readable and are encrypted at
-- their next use or by the nightly task.
alter table tweede_factor alter column geheim set data type varchar(200);
