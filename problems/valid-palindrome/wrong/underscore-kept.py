# mistake: cleans the string with the \W class, which keeps the underscore as if it were a letter
import re


def is_palindrome(s):
    cleaned = re.sub(r'\W', '', s).lower()
    return cleaned == cleaned[::-1]
