"""Pure-Python core of Mail Mamori. Nothing under this package may import Qt."""
