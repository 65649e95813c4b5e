"""OpenSSH signatures (SSHSIG) of an archive's checksums.sha256, without Qt.

``sshsig`` reads and verifies the armored format that ``ssh-keygen -Y sign``
writes; ``keys`` reads OpenSSH private keys and makes such signatures. The
archive side (reading, signing an archive) uses this package; nothing here
knows ZIP.
"""
