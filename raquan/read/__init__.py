"""The first stage of the pipeline: files to located documents, and documents to models.

Bytes become text (``loader``), text becomes plain data with every problem located
(``yamlread``, ``source``), data becomes a model or diagnostics in Vietnamese (``loader``,
``messages``); ``workspace`` loads a set of files once, each plan with its unit registry.

Plans written as documents are read here too: a ``.docx`` (``docxread``, opened within the
limits of ``bounded.SafeZip``) or a ``.md``/``.txt`` (``textread``) into located paragraphs
(``paragraphs``), and those into a plan (``extract``), so that every command can take one.
"""
