from ghatna.cli.main import app

app()
