"""What the screens rely on that is not a screen: the icon, texts, paths, autosave, PDF layout."""
