"""Arabic language knowledge: normalisation, dates, clitics. Pure functions over str."""
