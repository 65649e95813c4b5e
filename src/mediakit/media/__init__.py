"""Media services: thumbnails, image decoding, the film player. No widgets here."""
