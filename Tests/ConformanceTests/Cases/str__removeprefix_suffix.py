# str.removeprefix / removesuffix vs strip pitfalls
print("test_case".removeprefix("test_"), "case".removeprefix("test_"))
print("file.tar.gz".removesuffix(".gz"), "file.tar.gz".removesuffix(".zip"))
print("aaab".removeprefix("a"), "aaab".lstrip("a"))
print("prefix".removeprefix("prefix") == "", "x".removesuffix(""))
print("https://x.org".removeprefix("https://").removesuffix(".org"))
files = ["test_api.py", "test_db.py", "helpers.py", "conftest.py"]
print([f.removeprefix("test_").removesuffix(".py") for f in files])
print("abcabc".removeprefix("abc"), "abcabc".removesuffix("abc"), "".removeprefix("x"))
url = "https://example.com/path/"
print(url.removeprefix("https://").removesuffix("/").split("/"))
print("www.site.com".lstrip("w."), "www.site.com".removeprefix("www."))
