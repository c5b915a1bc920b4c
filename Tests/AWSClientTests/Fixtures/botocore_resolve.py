"""Resolve credentials with botocore's own default chain, once per setup, for the differential test.

stdin: {"moto": "http://127.0.0.1:PORT" or null, "seed": 42,
        "setups": [{"name": ..., "env": {...}, "profile": null or "NAME", "mfa_code": null or "123456"}]}
stdout: one JSON object per setup, in order: {"name", "method", "access_key", "error"}.
Only the access key id and botocore's provider name are printed, never a secret or a token.
HOME must be set (to a throwaway folder) before this runs: botocore reads ~/.aws/sso/cache at import.
"""
import json
import os
import sys
import urllib.request


def seed(moto, value):
    request = urllib.request.Request(f"{moto}/moto-api/seed?a={value}", method="POST")
    urllib.request.urlopen(request, timeout=10).read()


_loader = None


def resolve(setup):
    import botocore.credentials
    import botocore.session

    global _loader
    session = botocore.session.Session(profile=setup.get("profile"))
    # One loader for every setup: it only caches botocore's model files, and parsing them again
    # for each session would cost seconds of CPU that other tests running alongside need.
    if _loader is None:
        _loader = session.get_component("data_loader")
    else:
        session.register_component("data_loader", _loader)
    region = session.get_config_variable("region")
    resolver = botocore.credentials.create_credential_resolver(session, region_name=region)
    mfa_code = setup.get("mfa_code")

    def prompter(prompt):
        if mfa_code is None:
            raise RuntimeError("no terminal to read an MFA code from")
        return mfa_code

    assume_role = resolver.get_provider("assume-role")
    assume_role._prompter = prompter
    credentials = resolver.load_credentials()
    if credentials is None:
        return {"method": None, "access_key": None, "error": "NoCredentialsError"}
    frozen = credentials.get_frozen_credentials()
    return {"method": credentials.method, "access_key": frozen.access_key, "error": None}


def main():
    request = json.load(sys.stdin)
    home = os.environ["HOME"]
    for setup in request["setups"]:
        os.environ.clear()
        os.environ.update(setup["env"])
        os.environ["HOME"] = home
        if request.get("moto"):
            seed(request["moto"], request.get("seed", 42))
        try:
            answer = resolve(setup)
        except Exception as error:  # every botocore failure is an answer: "both fail" is agreement
            answer = {"method": None, "access_key": None, "error": type(error).__name__}
        answer["name"] = setup["name"]
        print(json.dumps(answer), flush=True)


if __name__ == "__main__":
    main()
