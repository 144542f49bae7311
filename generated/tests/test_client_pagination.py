"""Pagination of both clients: iterating a list fetches the following pages."""

from __future__ import annotations

import pytest
from _support import FakeApi, all_items, assert_same

FIRST_PAGE = {
    "content": [
        {
            "id": "2800000000000000",
            "created": "2022-03-02T09:08:16.000+00:00",
            "name": "Test Organization",
            "description": "Test Org",
            "logo": "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAANAAAADkCAYAAADpT6rPAAAACXBIWXMAABYlAAAWJQFJUiTwAAAAAXNSR0IArs4c6QAAAARnQU1BAACxjwv8YQUAAAnjSURBVHgB7d3fbhxnGcfx34xtSpMKTYAWOCGzQUjFqYQJF5AlvQGTAw7B9AJw1QtoHG6gzgGnxOawSCS9gdo55AS7onGLQOxGAkSTKp6qStPE2X37vpN15ET+s7vPW8/O5PuRLNuxd5PsvF/P7Kz32USYGJ3Xsrb6mk8SnVeiXE7Z4Eub4c31tNr6uFgXJkYiVK7zapYnU7rqP2wP8e3rPqTf+pC6QuUIqGKd2WwuSbW2Z28zFL/hFk7fLFaFShFQhcaNZxcRVY+AKjI4bFvzH+Ya37Y/nDvH4Vx1UqES6ZQWZYsnOOUjfFuoDAFVxEnzimO+M5eNdQgIOwKqQHm62r732ZXpYbQYMSICqoLTnOIJ92NzoRIEVIUxz7odxBf0Q6ESBAQYEBBgQECAAQEBBgQEGBAQYEBAgAEBAQYEBBgQEGBAQIABAQEGBAQYEBBgMK2GCjMHlGjOv2VyKsq3L7XZ6haFEJ1bWlJ3ZTnTifK5SXPls5T6/jZP1G1tFZtqqEYF1MmzLD2hRZdoQXufZLY7OuWk1J3Nrru+rjCgMI5OO5c+Ldq33l1eTF5S+6nnOg2Ob7pns27S13Lf6b2mDUBpzCFceJp0clIbPp4lHfYMzUTzYRqO36hXy70UxhL2OOUPrDvFO4nTWrhdD3miYO5SLfvb/f1bZ7PfqEEaEdCt17LFciOO9tTmhRASEY2uPFxbXT7lf2CtOenNES7a8t9/9dZsdkkNUfuAOj/J5p3TssYTZrNdY6rNaLrv/iFJTugv0lizHRJ/lHDJb7dRwptYtQ6oHE6Y6h3ZzOmhGrExj8Pt2Zd9AjsLGm6O90ESv93ebsIPrnrvgdJyI+YyShItshcazsPpnr+5ogxzPNWEH1y1DigsfMWR6UF55g6H+O/Pf6Ad1w8z6HJF4Lff71RztQ1osMeINl/Nb8yfCofq359K/GM75xVP1vlxFnNG3rGr7x7okeLe8AnDCY8yM73jzwDotCKamol7fceNX+XB0O4/6qv8zY6IeuG+UI0REGBAQIABAQEGBAQYEBBgQECAAQEBBgQEGBAQYEBAgAEBAQYEBBgQEGBAQIABAQEGBAQYHDqZNAzOezKqNeiry3hcNM2+Y4l7w631fQMqp3w6heF37ae+MKXH43HPZuv+71g5fbNYFVBTT8YS/3n5UnLywLW+4df6lYPW+lOHcGHOmr/A2mDKZ/uQv7vtfED+eztM9kTduHY7rPVWcqcYZq3/bLDW/73fWn8SUGc2m0umtaHRBuaFyZ4b4bICaiDE0/3/ZivM6dZoaz1c5m/PrvUyoHLCZ6JrhwwHP0zmL8uMaUy8Z+LJNbpTfq2/v3etP94DTR3xigZHy/w/6qqACfa/z/+R+LUe7tvnGt8pv9b/uPtJWp4wkGK85ETbl9kWMIHC3ufhvft57LWe+sO2BUWSpFH+cUB0/7n9r7D3iTUKOvF7oXI+eOqLjDfSNjFN7Ae+No/0QFHX+uCx0VSKOiI3FzCBZqZ74V2ueLIwn51f5cFzYSfth3e5YvpSBARYEBBgQECAAQEBBgQEGBAQYEBAgAEBAQYEBBgQEGBAQIABAQEGBAQYEBBgQECAAQEBBgQEGBAQYEBAgAEBAQYEBBgQEGBAQIABAQEGBAQYEBBgQECAAQEBBgQEGBAQYEBAgAEBAQYEBBgQEGBAQIABAQEGBAQYEBBgQECAAQEBBgQEGBAQYEBAgAEBAQYE1AyJUAkCAgwICDAgIMCAgAADAgIMCAgwICDAgIAAAwICDAgIMCAgwICAAAMCAgwICDAgIMCAgAADAgIMCAgwICDAgIAAAwICDAgIMCAgwICAAAMCAgwICDAgIMCAgAADAgIMCAgwICDAgIAAAwICDAgIMCAgwICAAAMCAgwICDAgIMCAgAADAgIMCAgwICDAgIAAAwICDAgIMCAgwICAAAMCAgwICDAgIMCAgAADAgIMCAgwICDAgIAAAwICDAgIMCAgwICAAAMCwnNhpl8u9a5i+qaKNOqVusj/QCCS3lQZUKF4itZmUaROek+xJFoXMIHSBw/lnG4okt3rSv2iv65IXE+rAibQo1e+7fxqj7XWXZroWvggbX1YrPv3a7Jba31cXhcwcVrrXb2YvnDD382wR+TUOX2z+FP4sDww9HuON8Ifalz+suV1ABPsexc/ce4bxrUu3XV9vb77SRmQ33N0/X2hi2Ne8Xa4bLgOARMsWZLybG67DGC8tX7X3/d5fe9af3Iau7VVbPorvjC4YjfElYXvWfN7nnPhsgJqIFlfV/79uU651lWe9BpurTttlPE8s9an934yKOtMZzZbSBL92n/cPuAK1xNp1R8HctIAtRMi8rq3Z1/+xT3tDLPWV05vPb7P86zp/f7QV7bi36108izTS5pTX/ngS5v6Qt1Wt4h5Ph2oxCtbd8K7Fbekle7KnrXui/HHZtv6XDeOWuvTh31xcOF1AQ0W7hv5x0XHWuv8Kg9gQECAAQEBBgQEGBAQYEBAgAEBAQYEBBgQEGBAQIABAQEGBAQYEBBgQECAAQEBBgSEaiWqtfoG5MSzYo/Zi9Np9Nt9ymlbNVbfgGbijhF2Tp8Jh9p5dD9M4LiliHo7ca/vuNU2oDCXWBHneu9OmsTBBtM9442Cduq2/lnviU61vg/kknijhPu9eHOTmypvd8MUjbDg4xzGNWCWer1PIkxr2ThlsuQP3y4zGPJoYfjGt15IwyDNy7Lbdj39XjVX64DCYZxLy5HCwwzH258PsLVVLAlD+c5f7/rbbOaKbNOaXIiwCT+0an8aOwzH9xvjLY0TUZjp/XhCJUaQ/+qOczO66D/c0Ohcuce/WVxRAzTicSC/MZb9nujiSGOJ/UkD94XOceg2unLG9Hyx7SO64O+HhhCGHQUdBrP/0u/xYxwCToTGPJDa+ntxPd8qzvifbm/sCenZt/CYw5rf6BfyD4uLTFgdX4goHELn351709+XOeNv3HBCJ9y++93uHX+bX3b39KPWR0W8s3gTYFoN82Qs8atZ7v93OWOJv167c6b920KnnUufFm2/d8/87Z6V43F39EGT9/KNC2jXYKN1hWMTXsRKz9koaH4XDjAgIMCAgAADAgIMCAgwICDAgIAAAwICDAgIMCAgwICAAAMCAgwICDAgIMCAgKqQRJ5pp3rPVqszAqpC5ICmxptNgAgIqAJhEIoUb0Rur68PhEoQUEUGwzhiWGEwSnUIqCoxhkKGsVw9NWbCTR0RUEXKoZAqZ6uN++oEYb7aW+x9qkVAFWptFZs+ggtj7Im2w/iu1kfFdaFSBFSxMqK+Lvi90YqOHlAYvr7mD9vODcZ3oWI1f32wZiln2aVaTBKd95/m/i3T47N1Xb/HuRFeWmRwBg8T4iscGc2N4mWdhQAAAABJRU5ErkJggg==",
            "owner": {"id": "5200000000000000", "name": "Docs Akenza", "email": "docs@akenza.io"},
            "updated": "2022-03-02T13:17:31.000+00:00",
            "alphaFeatures": False,
            "properties": None,
        }
    ],
    "pageable": {
        "sort": {"empty": True, "sorted": False, "unsorted": True},
        "offset": 0,
        "pageNumber": 0,
        "pageSize": 20,
        "paged": True,
        "unpaged": False,
    },
    "totalPages": 2,
    "totalElements": 1,
    "last": False,
    "size": 20,
    "number": 0,
    "sort": {"empty": True, "sorted": False, "unsorted": True},
    "numberOfElements": 1,
    "first": True,
    "empty": False,
}
SECOND_PAGE = {
    "content": [
        {
            "id": "2800000000000000",
            "created": "2022-03-02T09:08:16.000+00:00",
            "name": "Test Organization",
            "description": "Test Org",
            "logo": "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAANAAAADkCAYAAADpT6rPAAAACXBIWXMAABYlAAAWJQFJUiTwAAAAAXNSR0IArs4c6QAAAARnQU1BAACxjwv8YQUAAAnjSURBVHgB7d3fbhxnGcfx34xtSpMKTYAWOCGzQUjFqYQJF5AlvQGTAw7B9AJw1QtoHG6gzgGnxOawSCS9gdo55AS7onGLQOxGAkSTKp6qStPE2X37vpN15ET+s7vPW8/O5PuRLNuxd5PsvF/P7Kz32USYGJ3Xsrb6mk8SnVeiXE7Z4Eub4c31tNr6uFgXJkYiVK7zapYnU7rqP2wP8e3rPqTf+pC6QuUIqGKd2WwuSbW2Z28zFL/hFk7fLFaFShFQhcaNZxcRVY+AKjI4bFvzH+Ya37Y/nDvH4Vx1UqES6ZQWZYsnOOUjfFuoDAFVxEnzimO+M5eNdQgIOwKqQHm62r732ZXpYbQYMSICqoLTnOIJ92NzoRIEVIUxz7odxBf0Q6ESBAQYEBBgQECAAQEBBgQEGBAQYEBAgAEBAQYEBBgQEGBAQIABAQEGBAQYEBBgMK2GCjMHlGjOv2VyKsq3L7XZ6haFEJ1bWlJ3ZTnTifK5SXPls5T6/jZP1G1tFZtqqEYF1MmzLD2hRZdoQXufZLY7OuWk1J3Nrru+rjCgMI5OO5c+Ldq33l1eTF5S+6nnOg2Ob7pns27S13Lf6b2mDUBpzCFceJp0clIbPp4lHfYMzUTzYRqO36hXy70UxhL2OOUPrDvFO4nTWrhdD3miYO5SLfvb/f1bZ7PfqEEaEdCt17LFciOO9tTmhRASEY2uPFxbXT7lf2CtOenNES7a8t9/9dZsdkkNUfuAOj/J5p3TssYTZrNdY6rNaLrv/iFJTugv0lizHRJ/lHDJb7dRwptYtQ6oHE6Y6h3ZzOmhGrExj8Pt2Zd9AjsLGm6O90ESv93ebsIPrnrvgdJyI+YyShItshcazsPpnr+5ogxzPNWEH1y1DigsfMWR6UF55g6H+O/Pf6Ad1w8z6HJF4Lff71RztQ1osMeINl/Nb8yfCofq359K/GM75xVP1vlxFnNG3rGr7x7okeLe8AnDCY8yM73jzwDotCKamol7fceNX+XB0O4/6qv8zY6IeuG+UI0REGBAQIABAQEGBAQYEBBgQECAAQEBBgQEGBAQYEBAgAEBAQYEBBgQEGBAQIABAQEGBAQYHDqZNAzOezKqNeiry3hcNM2+Y4l7w631fQMqp3w6heF37ae+MKXH43HPZuv+71g5fbNYFVBTT8YS/3n5UnLywLW+4df6lYPW+lOHcGHOmr/A2mDKZ/uQv7vtfED+eztM9kTduHY7rPVWcqcYZq3/bLDW/73fWn8SUGc2m0umtaHRBuaFyZ4b4bICaiDE0/3/ZivM6dZoaz1c5m/PrvUyoHLCZ6JrhwwHP0zmL8uMaUy8Z+LJNbpTfq2/v3etP94DTR3xigZHy/w/6qqACfa/z/+R+LUe7tvnGt8pv9b/uPtJWp4wkGK85ETbl9kWMIHC3ufhvft57LWe+sO2BUWSpFH+cUB0/7n9r7D3iTUKOvF7oXI+eOqLjDfSNjFN7Ae+No/0QFHX+uCx0VSKOiI3FzCBZqZ74V2ueLIwn51f5cFzYSfth3e5YvpSBARYEBBgQECAAQEBBgQEGBAQYEBAgAEBAQYEBBgQEGBAQIABAQEGBAQYEBBgQECAAQEBBgQEGBAQYEBAgAEBAQYEBBgQEGBAQIABAQEGBAQYEBBgQECAAQEBBgQEGBAQYEBAgAEBAQYEBBgQEGBAQIABAQEGBAQYEBBgQECAAQEBBgQEGBAQYEBAgAEBAQYE1AyJUAkCAgwICDAgIMCAgAADAgIMCAgwICDAgIAAAwICDAgIMCAgwICAAAMCAgwICDAgIMCAgAADAgIMCAgwICDAgIAAAwICDAgIMCAgwICAAAMCAgwICDAgIMCAgAADAgIMCAgwICDAgIAAAwICDAgIMCAgwICAAAMCAgwICDAgIMCAgAADAgIMCAgwICDAgIAAAwICDAgIMCAgwICAAAMCAgwICDAgIMCAgAADAgIMCAgwICDAgIAAAwICDAgIMCAgwICAAAMCwnNhpl8u9a5i+qaKNOqVusj/QCCS3lQZUKF4itZmUaROek+xJFoXMIHSBw/lnG4okt3rSv2iv65IXE+rAibQo1e+7fxqj7XWXZroWvggbX1YrPv3a7Jba31cXhcwcVrrXb2YvnDD382wR+TUOX2z+FP4sDww9HuON8Ifalz+suV1ABPsexc/ce4bxrUu3XV9vb77SRmQ33N0/X2hi2Ne8Xa4bLgOARMsWZLybG67DGC8tX7X3/d5fe9af3Iau7VVbPorvjC4YjfElYXvWfN7nnPhsgJqIFlfV/79uU651lWe9BpurTttlPE8s9an934yKOtMZzZbSBL92n/cPuAK1xNp1R8HctIAtRMi8rq3Z1/+xT3tDLPWV05vPb7P86zp/f7QV7bi36108izTS5pTX/ngS5v6Qt1Wt4h5Ph2oxCtbd8K7Fbekle7KnrXui/HHZtv6XDeOWuvTh31xcOF1AQ0W7hv5x0XHWuv8Kg9gQECAAQEBBgQEGBAQYEBAgAEBAQYEBBgQEGBAQIABAQEGBAQYEBBgQECAAQEBBgSEaiWqtfoG5MSzYo/Zi9Np9Nt9ymlbNVbfgGbijhF2Tp8Jh9p5dD9M4LiliHo7ca/vuNU2oDCXWBHneu9OmsTBBtM9442Cduq2/lnviU61vg/kknijhPu9eHOTmypvd8MUjbDg4xzGNWCWer1PIkxr2ThlsuQP3y4zGPJoYfjGt15IwyDNy7Lbdj39XjVX64DCYZxLy5HCwwzH258PsLVVLAlD+c5f7/rbbOaKbNOaXIiwCT+0an8aOwzH9xvjLY0TUZjp/XhCJUaQ/+qOczO66D/c0Ohcuce/WVxRAzTicSC/MZb9nujiSGOJ/UkD94XOceg2unLG9Hyx7SO64O+HhhCGHQUdBrP/0u/xYxwCToTGPJDa+ntxPd8qzvifbm/sCenZt/CYw5rf6BfyD4uLTFgdX4goHELn351709+XOeNv3HBCJ9y++93uHX+bX3b39KPWR0W8s3gTYFoN82Qs8atZ7v93OWOJv167c6b920KnnUufFm2/d8/87Z6V43F39EGT9/KNC2jXYKN1hWMTXsRKz9koaH4XDjAgIMCAgAADAgIMCAgwICDAgIAAAwICDAgIMCAgwICAAAMCAgwICDAgIMCAgKqQRJ5pp3rPVqszAqpC5ICmxptNgAgIqAJhEIoUb0Rur68PhEoQUEUGwzhiWGEwSnUIqCoxhkKGsVw9NWbCTR0RUEXKoZAqZ6uN++oEYb7aW+x9qkVAFWptFZs+ggtj7Im2w/iu1kfFdaFSBFSxMqK+Lvi90YqOHlAYvr7mD9vODcZ3oWI1f32wZiln2aVaTBKd95/m/i3T47N1Xb/HuRFeWmRwBg8T4iscGc2N4mWdhQAAAABJRU5ErkJggg==",
            "owner": {"id": "5200000000000000", "name": "Docs Akenza", "email": "docs@akenza.io"},
            "updated": "2022-03-02T13:17:31.000+00:00",
            "alphaFeatures": False,
            "properties": None,
        }
    ],
    "pageable": {
        "sort": {"empty": True, "sorted": False, "unsorted": True},
        "offset": 0,
        "pageNumber": 0,
        "pageSize": 20,
        "paged": True,
        "unpaged": False,
    },
    "totalPages": 2,
    "totalElements": 1,
    "last": True,
    "size": 20,
    "number": 1,
    "sort": {"empty": True, "sorted": False, "unsorted": True},
    "numberOfElements": 1,
    "first": False,
    "empty": False,
}


@pytest.mark.parametrize("asynchronous", [False, True], ids=["sync", "async"])
def test_iterating_fetches_every_page(asynchronous: bool) -> None:
    """Two pages served: iteration yields the items of both, asking for page 1 second."""
    api = FakeApi(asynchronous=asynchronous)
    api.serve(200, json_body=FIRST_PAGE)
    api.serve(200, json_body=SECOND_PAGE)
    items = api.call(lambda client: all_items(client.organizations.list_organizations()))
    assert_same(items, FIRST_PAGE["content"] + SECOND_PAGE["content"])
    pages = [dict(request.query).get("page") for request in api.requests]
    assert pages == [None, "1"]
