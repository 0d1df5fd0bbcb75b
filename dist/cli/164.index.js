export const id = 164;
export const ids = [164];
export const modules = {

/***/ 5164:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   loadCommand: () => (/* binding */ loadCommand)
/* harmony export */ });
async function loadCommand(name) {
    switch (name) {
        case "gate":
            return (await Promise.all(/* import() */[__webpack_require__.e(691), __webpack_require__.e(800), __webpack_require__.e(902)]).then(__webpack_require__.bind(__webpack_require__, 8902))).gateCommand;
        case "version":
            return (await Promise.all(/* import() */[__webpack_require__.e(691), __webpack_require__.e(706), __webpack_require__.e(603)]).then(__webpack_require__.bind(__webpack_require__, 9603))).versionCommand;
        case "notes":
            return (await Promise.all(/* import() */[__webpack_require__.e(706), __webpack_require__.e(79)]).then(__webpack_require__.bind(__webpack_require__, 79))).notesCommand;
        case "loadtest":
            return (await Promise.all(/* import() */[__webpack_require__.e(691), __webpack_require__.e(960), __webpack_require__.e(214), __webpack_require__.e(747), __webpack_require__.e(101)]).then(__webpack_require__.bind(__webpack_require__, 9101))).loadtestCommand;
        case "deploy":
            return (await Promise.all(/* import() */[__webpack_require__.e(691), __webpack_require__.e(960), __webpack_require__.e(214), __webpack_require__.e(747), __webpack_require__.e(442)]).then(__webpack_require__.bind(__webpack_require__, 7442))).deployCommand;
    }
}


/***/ })

};
